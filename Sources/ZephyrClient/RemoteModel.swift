import ZephyrDomain

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

    public init(id: Int, name: String, description: String?, typeName: String, entity: EntityType, options: [RemoteOption]) {
        self.id = id
        self.name = name
        self.description = description
        self.typeName = typeName
        self.entity = entity
        self.options = options
    }

    public var type: FieldType? { FieldType(rawValue: typeName.uppercased()) }
    public var key: FieldKey { FieldKey(entity: entity, name: name) }
}

/// A Jira project, from `GET /rest/api/2/project`.
public struct JiraProject: Sendable, Hashable, Codable {
    /// Numeric id as a string, as Jira sends it.
    public let id: String
    public let key: String
    public let name: String

    public init(id: String, key: String, name: String) {
        self.id = id
        self.key = key
        self.name = name
    }
}

/// What `POST /customfield/create` needs.
public struct NewField: Sendable, Hashable {
    public let name: String
    public let description: String?
    public let type: FieldType
    public let entity: EntityType
    /// Option texts, in order (required non-empty for option-bearing types).
    public let options: [String]

    public init(name: String, description: String?, type: FieldType, entity: EntityType, options: [String]) {
        self.name = name
        self.description = description
        self.type = type
        self.entity = entity
        self.options = options
    }
}

/// A global field with whether it is enabled in one project
/// (from the undocumented `globalCustomFieldsByEntityTypeAndProject`).
public struct ProjectFieldState: Sendable, Hashable {
    public let field: RemoteField
    public let active: Bool

    public init(field: RemoteField, active: Bool) {
        self.field = field
        self.active = active
    }
}

/// One entry of `GET /customfield/metadata`.
public struct FieldTypeInfo: Sendable, Hashable {
    public let type: String
    public let label: String
    public let takesOptions: Bool

    public init(type: String, label: String, takesOptions: Bool) {
        self.type = type
        self.label = label
        self.takesOptions = takesOptions
    }
}
