/// An option of a field as the server stores it.
public struct RemoteOption: Sendable, Hashable, Codable {
    /// The server's option id (a string in every response).
    public let id: String
    public let text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// A global custom field as the server reports it (mapped from the DTO; no wire details).
public struct RemoteField: Sendable, Hashable, Codable {
    public let id: Int
    public let name: String
    /// nil when the server sends null; `""` is kept as sent (the planner normalises).
    public let description: String?
    /// The server's type name; `type` is nil for a type this tool does not know.
    public let typeName: String
    public let entity: EntityType
    /// Options sorted by numeric id (the order the server lists them in).
    public let options: [RemoteOption]

    public init(
        id: Int, name: String, description: String?, typeName: String, entity: EntityType, options: [RemoteOption]
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.typeName = typeName
        self.entity = entity
        self.options = options
    }

    public var type: FieldType? { FieldType(rawValue: typeName.uppercased()) }
    public var serverType: ServerFieldType { ServerFieldType(name: typeName) }
    public var key: FieldKey { FieldKey(entity: entity, name: name) }
}
