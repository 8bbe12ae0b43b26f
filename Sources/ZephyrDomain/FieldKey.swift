/// The identity of a custom field on a server: its entity type and its name, compared
/// case-insensitively (the server refuses two fields of one entity whose names differ only in case).
package struct FieldKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let entity: EntityType
    /// The name as written (kept for display).
    package let name: String
    /// The name as the server compares it.
    package let foldedName: String

    package init(entity: EntityType, name: String) {
        self.entity = entity
        self.name = name
        self.foldedName = FieldKey.fold(name)
    }

    /// Folds a name the way the server's uniqueness check does.
    package static func fold(_ name: String) -> String { name.lowercased() }

    package static func == (lhs: FieldKey, rhs: FieldKey) -> Bool {
        lhs.entity == rhs.entity && lhs.foldedName == rhs.foldedName
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(entity)
        hasher.combine(foldedName)
    }

    package static func < (lhs: FieldKey, rhs: FieldKey) -> Bool {
        (lhs.entity, lhs.foldedName, lhs.name) < (rhs.entity, rhs.foldedName, rhs.name)
    }

    /// `EXECUTION/Browser`: how plans and diagnostics name a field.
    package var description: String { "\(entity.rawValue)/\(name)" }
}

/// Encoded as `{"entity": ..., "name": ...}` in saved plans.
extension FieldKey: Codable {
    private enum CodingKeys: String, CodingKey {
        case entity, name
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            entity: try container.decode(EntityType.self, forKey: .entity),
            name: try container.decode(String.self, forKey: .name))
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entity, forKey: .entity)
        try container.encode(name, forKey: .name)
    }
}
