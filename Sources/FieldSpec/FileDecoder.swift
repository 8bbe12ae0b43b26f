import ZephyrDomain

/// Decodes one file's node tree into a `ParsedFile`, with every check one file can make alone.
struct FileDecoder {
    enum Keys {
        static let root = ["project", "fields", "settings"]
        static let field = ["name", "entity", "type", "description", "options", "previously", "protect"]
        /// Zephyr Enterprise only: Squad enables fields per project, so it has no scope key.
        static let enterpriseField = field + ["projects"]
        static let reference = ["name", "entity"]
        static let option = ["text", "previously"]
        static let settings = [
            "flavor", "prune", "delete_threshold_percent", "delete_threshold_min_fields", "field_limits",
        ]
    }

    var reader: NodeReader
    /// The configuration's flavor, decided from every file before this one is decoded.
    let flavor: FlavorScanner.Decision

    init(file: String, flavor: FlavorScanner.Decision) {
        reader = NodeReader(file: file)
        self.flavor = flavor
    }

    static func decode(
        _ root: YAMLNode, file: String, flavor: FlavorScanner.Decision, into diagnostics: inout DiagnosticBag
    ) -> ParsedFile {
        var decoder = FileDecoder(file: file, flavor: flavor)
        let parsed = decoder.file(root)
        diagnostics.append(contentsOf: decoder.reader.diagnostics)
        return parsed
    }

    mutating func file(_ root: YAMLNode) -> ParsedFile {
        var parsed = ParsedFile(path: reader.file)
        guard let top = reader.mapping(root, allowed: Keys.root, what: "a field spec file") else { return parsed }
        if case .mapping(let mapping, _) = root, mapping.isEmpty {
            reader.error(
                "file declares nothing; a field spec declares at least one of project, fields, settings", at: root)
        }
        if let node = top["project"] {
            parsed.project = project(node).map { ($0, reader.location(of: node)) }
        }
        if let node = top["fields"], let items = reader.list(node, "fields") {
            parsed.entries = items.compactMap { field($0) }
        }
        if let (key, value) = top.entry("settings") {
            parsed.settings = settings(value, at: reader.location(of: key))
        }
        if top["project"] == nil {
            // Reported here and dropped, so it is not also reported as unresolved.
            parsed.entries.removeAll { entry in
                guard case .reference(let key, let location) = entry else { return false }
                reader.diagnostics.error(
                    "field \(key) has no 'type', which makes it a reference, but this file has no 'project' to enable it in; add 'type' to define the field",
                    at: location)
                return true
            }
        }
        return parsed
    }

    /// A Jira project key (`WEB`) or numeric id (`10000`) on Squad; a project name (`Web Shop`)
    /// or numeric id on Enterprise, whose names are free text. Kept as text.
    private mutating func project(_ node: YAMLNode) -> String? {
        if case .scalar(let scalar) = node, case .integer(let id?, _) = ScalarKind(scalar), id > 0 {
            return String(id)
        }
        if flavor.flavor != .squad { return projectName(node) }
        guard case .scalar(let scalar) = node, case .string(let key) = ScalarKind(scalar) else {
            reader.error(
                "'project' must be a Jira project key like WEB or a numeric project id; found \(node.found)", at: node)
            return nil
        }
        let isKey =
            key.first.map { $0.isASCII && $0.isLetter } == true
            && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard isKey else {
            reader.error(
                "'project' must be a Jira project key (a letter, then letters, digits or _) or a numeric project id; found \"\(key)\"",
                at: node)
            return nil
        }
        return key
    }

    /// Enterprise (or a flavor not yet known): any non-blank name, as written.
    private mutating func projectName(_ node: YAMLNode) -> String? {
        guard case .scalar(let scalar) = node, case .string(let name) = ScalarKind(scalar),
            !name.allSatisfy(\.isWhitespace)
        else {
            reader.error(
                "'project' must be a Zephyr Enterprise project name like Web Shop or a positive numeric project id; found \(node.found)",
                at: node)
            return nil
        }
        return name
    }
}
