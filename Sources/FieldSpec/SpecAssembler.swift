import ZephyrDomain

/// Joins the files into one `Spec`, with the checks that need every file: one settings block,
/// one file per project, agreeing definitions, resolvable references, unambiguous renames and
/// the per-entity field limits.
struct SpecAssembler {
    var diagnostics = DiagnosticBag()
    var definitions: [FieldKey: FieldEntry] = [:]
    /// Keys in the order first defined, for a stable "first field over the limit".
    var definitionOrder: [FieldKey] = []
    var references: [(key: FieldKey, location: SourceLocation)] = []
    var projects: [ProjectSpec] = []
    var settings: SpecSettings?
    /// The configuration's flavor; nil when it is unknown (an invalid `flavor`, already reported).
    let flavor: ServerFlavor?

    /// The entities the flavor has, or all of them when it is unknown.
    var entities: [EntityType] { flavor?.entities ?? EntityType.allCases }

    /// The spec, or nil when any check failed (see `diagnostics`).
    static func assemble(_ files: [ParsedFile], flavor: ServerFlavor?, into bag: inout DiagnosticBag) -> Spec? {
        var assembler = SpecAssembler(flavor: flavor)
        let ordered = files.sorted { $0.path < $1.path }
        var projectLocations: [String: SourceLocation] = [:]
        for file in ordered {
            assembler.addSettings(of: file)
            assembler.addEntries(of: file)
            if let (reference, location) = file.project {
                if let first = projectLocations[reference.uppercased()] {
                    assembler.diagnostics.error(
                        "project \(reference) is already declared at \(first); each project has one file", at: location)
                } else {
                    projectLocations[reference.uppercased()] = location
                }
            }
        }
        assembler.checkReferences()
        assembler.checkFormerNames()
        assembler.checkLimits()
        bag.append(contentsOf: assembler.diagnostics)
        guard assembler.diagnostics.isEmpty else { return nil }
        let resolved: [FieldDefinition] = assembler.definitionOrder.compactMap {
            if case .definition(let definition, _) = assembler.definitions[$0] { return definition }
            return nil
        }
        // Projects name each field as its definition spells it, whatever case a reference used.
        let spelled = Dictionary(resolved.map { ($0.key, $0.key) }, uniquingKeysWith: { first, _ in first })
        let projects = assembler.projects.map { project in
            ProjectSpec(
                reference: project.reference, fields: project.fields.map { spelled[$0] ?? $0 },
                location: project.location)
        }
        return Spec(
            definitions: resolved, projects: projects,
            settings: assembler.settings ?? SpecSettings(flavor: flavor ?? .squad), files: files.map(\.path))
    }

    private mutating func addSettings(of file: ParsedFile) {
        guard let next = file.settings else { return }
        if let first = settings?.location {
            diagnostics.error(
                "settings are already declared at \(first); declare settings once across all files", at: next.location)
        } else {
            settings = next
        }
    }

    private mutating func addEntries(of file: ParsedFile) {
        var seen: [FieldKey: SourceLocation] = [:]
        var enabled: [FieldKey] = []
        for entry in file.entries {
            if let first = seen[entry.key] {
                diagnostics.error(
                    "field \(entry.key) is listed twice in this file (first at line \(first.line))", at: entry.location)
                continue
            }
            seen[entry.key] = entry.location
            switch entry {
            case .reference(let key, let location):
                references.append((key, location))
            case .definition, .invalidDefinition:
                define(entry)
            }
            enabled.append(entry.key)
        }
        if let (reference, location) = file.project {
            projects.append(ProjectSpec(reference: reference, fields: enabled, location: location))
        }
    }

    /// Registers a definition, or checks it agrees with the one already registered.
    private mutating func define(_ entry: FieldEntry) {
        guard let existing = definitions[entry.key] else {
            definitions[entry.key] = entry
            definitionOrder.append(entry.key)
            return
        }
        guard case .definition(let mine, _) = entry, case .definition(let theirs, _) = existing else { return }
        let differences = mine.differences(from: theirs)
        if !differences.isEmpty {
            diagnostics.error(
                "field \(mine.key) conflicts with its definition at \(theirs.location): \(differences.joined(separator: "; "))",
                at: mine.location)
        }
    }
}
