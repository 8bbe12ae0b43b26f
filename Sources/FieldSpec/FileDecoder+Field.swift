import Foundation
import ZephyrDomain

extension FileDecoder {
    /// One item of `fields`: a definition when it has `type`, otherwise a reference.
    mutating func field(_ node: YAMLNode) -> FieldEntry? {
        let entry: KeyedMapping?
        if flavor.flavor == .squad {
            let flavor = flavor
            entry = reader.mapping(node, allowed: Keys.field, what: "a field") { key in
                guard key == "projects" else { return nil }
                return
                    "'projects' is a Zephyr Enterprise key, but \(Self.configuration(flavor)); Squad fields are enabled per project by listing them in the project's file"
            }
        } else {
            entry = reader.mapping(node, allowed: Keys.enterpriseField, what: "a field")
        }
        guard let entry else { return nil }
        let location = reader.location(of: node)
        let name = required("name", of: entry).flatMap { reader.string($0, "name") }
        let entity = required("entity", of: entry).flatMap { entityType($0) }
        guard let typeNode = entry["type"] else {
            for (key, (keyNode, _)) in zip(entry.names, entry.entries) where !Keys.reference.contains(key) {
                reader.error(
                    "'\(key)' is not allowed on a reference: an entry without 'type' only enables a field defined elsewhere (add 'type' to define it here)",
                    at: keyNode)
            }
            guard let name, let entity else { return nil }
            return .reference(FieldKey(entity: entity, name: name), location: location)
        }
        // Jira's reserved names bind only Squad; with the flavor unknown, only what both refuse.
        if let name, let problem = FieldRules.nameProblem(name, flavor: flavor.flavor ?? .enterprise),
            let nameNode = entry["name"]
        {
            reader.error(problem, at: nameNode)
        }
        // The body is checked even when the identity is broken, so all problems show at once.
        let errorsBefore = reader.diagnostics.diagnostics.count
        let type = fieldType(typeNode)
        let description = entry["description"].flatMap { descriptionText($0) }
        let options = type.map { self.options(entry, type: $0, typeNode: typeNode) } ?? []
        let (previously, previouslyLocations) = entry["previously"].map { formerNames($0, of: name) } ?? ([], [])
        let protect = entry["protect"].flatMap { reader.boolean($0, "protect") } ?? false
        let allProjects = entry["projects"].map { scope($0) } ?? false
        guard let name, let entity else { return nil }
        guard let type, reader.diagnostics.diagnostics.count == errorsBefore else {
            return .invalidDefinition(FieldKey(entity: entity, name: name), location: location)
        }
        let definition = FieldDefinition(
            name: name, entity: entity, type: type, description: description, options: options,
            previously: previously, protect: protect, allProjects: allProjects, location: location)
        return .definition(definition, previouslyLocations: previouslyLocations)
    }

    /// The value of a required key, or nil after saying it is missing.
    private mutating func required(_ key: String, of entry: KeyedMapping) -> YAMLNode? {
        if let value = entry[key] { return value }
        if !entry.misspells(key) { reader.error("field is missing '\(key)'", at: entry.node) }
        return nil
    }

    private mutating func entityType(_ node: YAMLNode) -> EntityType? {
        guard let text = reader.string(node, "entity") else { return nil }
        let legal = flavor.flavor?.entities ?? EntityType.allCases
        guard let entity = EntityType(rawValue: text) else {
            let hint = EntityType(caseInsensitive: text).map { " (write it in upper case: \($0.rawValue))" } ?? ""
            reader.error("'entity' must be \(Self.either(legal.map(\.rawValue))); found \"\(text)\"\(hint)", at: node)
            return nil
        }
        guard legal.contains(entity) else {
            reader.error(
                "'entity' \(text) is a \(entity.flavor.productName) entity, but \(configuration); use \(Self.either(legal.map(\.rawValue))), or \(flavor.switchHint(entity.flavor))",
                at: node)
            return nil
        }
        return entity
    }

    private mutating func fieldType(_ node: YAMLNode) -> FieldType? {
        guard let text = reader.string(node, "type") else { return nil }
        let legal = flavor.flavor?.fieldTypes ?? FieldType.allCases
        guard let type = FieldType(rawValue: text) else {
            let all = legal.map(\.rawValue).joined(separator: ", ")
            let hint = FieldType(rawValue: text.uppercased()).map { " (write it in upper case: \($0.rawValue))" } ?? ""
            reader.error("'type' must be one of \(all); found \"\(text)\"\(hint)", at: node)
            return nil
        }
        guard legal.contains(type) else {
            let other: ServerFlavor = flavor.flavor == .squad ? .enterprise : .squad
            let instead = Self.closestType[type].map { "use \($0.rawValue) instead" } ?? "use another type"
            reader.error(
                "'type' \(text) is a \(other.productName) type, but \(configuration); \(instead), or \(flavor.switchHint(other))",
                at: node)
            return nil
        }
        return type
    }

    /// The nearest type the other product has, for the "use ... instead" hint.
    private static let closestType: [FieldType: FieldType] = [
        .dateTime: .date, .radioButton: .singleSelect, .richText: .largeText,
    ]

    /// "this configuration is for Zephyr Squad (settings flavor: squad)".
    var configuration: String { Self.configuration(flavor) }

    static func configuration(_ flavor: FlavorScanner.Decision) -> String {
        "this configuration is for \((flavor.flavor ?? .squad).productName) (\(flavor.reason))"
    }

    /// "A or B", "A, B or C".
    static func either(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }

    /// `projects: all`, Enterprise's every-project scope (Squad refuses the key while reading
    /// the mapping). Only `all`: a list of projects would be a second place that says which
    /// projects have a field, besides the project files.
    private mutating func scope(_ value: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = value, case .string("all") = ScalarKind(scalar) else {
            reader.error(
                "'projects' takes only `all`; found \(value.found); to give a field to some projects, list it in each project's file",
                at: value)
            return false
        }
        return true
    }

    private mutating func descriptionText(_ node: YAMLNode) -> String? {
        guard let text = reader.string(node, "description") else { return nil }
        if let problem = FieldRules.descriptionProblem(text) { reader.error(problem, at: node) }
        return text
    }

    /// A field's former names: each non-blank, not the current name, not repeated.
    private mutating func formerNames(_ node: YAMLNode, of name: String?) -> ([String], [SourceLocation]) {
        var names: [String] = []
        var locations: [SourceLocation] = []
        var seen: [String: Int] = [:]
        for item in reader.list(node, "previously") ?? [] {
            guard let former = reader.string(item, "previously") else { continue }
            let folded = FieldKey.fold(former)
            if former.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.error("a former name in 'previously' must not be blank", at: item)
            } else if let name, folded == FieldKey.fold(name) {
                reader.error(
                    "'previously' lists \"\(former)\", the field's current name; list only former names", at: item)
            } else if let line = seen[folded] {
                reader.error("'previously' lists \"\(former)\" twice (also at line \(line))", at: item)
            } else {
                seen[folded] = item.mark.line
                names.append(former)
                locations.append(reader.location(of: item))
            }
        }
        return (names, locations)
    }
}
