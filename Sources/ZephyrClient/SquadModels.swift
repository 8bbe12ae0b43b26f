import ZephyrDomain

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
