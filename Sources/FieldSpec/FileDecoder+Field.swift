import Foundation
import Yams
import ZephyrDomain

extension FileDecoder {
    /// One item of `fields`: a definition when it has `type`, otherwise a reference.
    mutating func field(_ node: Node) -> FieldEntry? {
        guard let entry = reader.mapping(node, allowed: Keys.field, what: "a field") else { return nil }
        let location = reader.location(of: node)
        let name = required("name", of: entry).flatMap { reader.string($0, "name") }
        let entity = required("entity", of: entry).flatMap { entityType($0) }
        guard let typeNode = entry["type"] else {
            for (key, (keyNode, _)) in entry.entries where !Keys.reference.contains(key) {
                reader.error(
                    "'\(key)' is not allowed on a reference: an entry without 'type' only enables a field defined elsewhere (add 'type' to define it here)",
                    at: keyNode)
            }
            guard let name, let entity else { return nil }
            return .reference(FieldKey(entity: entity, name: name), location: location)
        }
        if let name, let problem = FieldRules.nameProblem(name), let nameNode = entry["name"] {
            reader.error(problem, at: nameNode)
        }
        // The body is checked even when the identity is broken, so all problems show at once.
        let errorsBefore = reader.diagnostics.diagnostics.count
        let type = fieldType(typeNode)
        let description = entry["description"].flatMap { descriptionText($0) }
        let options = type.map { self.options(entry, type: $0, typeNode: typeNode) } ?? []
        let (previously, previouslyLocations) = entry["previously"].map { formerNames($0, of: name) } ?? ([], [])
        let protect = entry["protect"].flatMap { reader.boolean($0, "protect") } ?? false
        guard let name, let entity else { return nil }
        guard let type, reader.diagnostics.diagnostics.count == errorsBefore else {
            return .invalidDefinition(FieldKey(entity: entity, name: name), location: location)
        }
        let definition = FieldDefinition(
            name: name, entity: entity, type: type, description: description, options: options,
            previously: previously, protect: protect, location: location)
        return .definition(definition, previouslyLocations: previouslyLocations)
    }

    /// The value of a required key, or nil after saying it is missing.
    private mutating func required(_ key: String, of entry: KeyedMapping) -> Node? {
        if let value = entry[key] { return value }
        reader.error("field is missing '\(key)'", at: entry.node)
        return nil
    }

    private mutating func entityType(_ node: Node) -> EntityType? {
        guard let text = reader.string(node, "entity") else { return nil }
        if let entity = EntityType(rawValue: text) { return entity }
        let hint = EntityType(caseInsensitive: text).map { " (write it in upper case: \($0.rawValue))" } ?? ""
        reader.error("'entity' must be EXECUTION or TESTSTEP; found \"\(text)\"\(hint)", at: node)
        return nil
    }

    private mutating func fieldType(_ node: Node) -> FieldType? {
        guard let text = reader.string(node, "type") else { return nil }
        if let type = FieldType(rawValue: text) { return type }
        let all = FieldType.allCases.map(\.rawValue).joined(separator: ", ")
        let hint = FieldType(rawValue: text.uppercased()).map { " (write it in upper case: \($0.rawValue))" } ?? ""
        reader.error("'type' must be one of \(all); found \"\(text)\"\(hint)", at: node)
        return nil
    }

    private mutating func descriptionText(_ node: Node) -> String? {
        guard let text = reader.string(node, "description") else { return nil }
        if let problem = FieldRules.descriptionProblem(text) { reader.error(problem, at: node) }
        return text
    }

    /// A field's former names: each non-blank, not the current name, not repeated.
    private mutating func formerNames(_ node: Node, of name: String?) -> ([String], [SourceLocation]) {
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
                seen[folded] = item.mark?.line ?? 0
                names.append(former)
                locations.append(reader.location(of: item))
            }
        }
        return (names, locations)
    }
}
