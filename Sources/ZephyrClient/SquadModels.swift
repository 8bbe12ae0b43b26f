import ZephyrDomain

/// A Jira project, from `GET /rest/api/2/project`.
package struct JiraProject: Sendable, Hashable, Codable {
    /// Numeric id as a string, as Jira sends it.
    package let id: String
    package let key: String
    package let name: String

    package init(id: String, key: String, name: String) {
        self.id = id
        self.key = key
        self.name = name
    }
}

/// What `POST /customfield/create` needs.
package struct NewField: Sendable, Hashable {
    package let name: String
    package let description: String?
    package let type: FieldType
    package let entity: EntityType
    /// Option texts, in order (required non-empty for option-bearing types).
    package let options: [String]

    package init(name: String, description: String?, type: FieldType, entity: EntityType, options: [String]) {
        self.name = name
        self.description = description
        self.type = type
        self.entity = entity
        self.options = options
    }
}

/// A global field with whether it is enabled in one project
/// (from the undocumented `globalCustomFieldsByEntityTypeAndProject`).
package struct ProjectFieldState: Sendable, Hashable {
    package let field: RemoteField
    package let active: Bool

    package init(field: RemoteField, active: Bool) {
        self.field = field
        self.active = active
    }
}

/// One entry of `GET /customfield/metadata`.
package struct FieldTypeInfo: Sendable, Hashable {
    package let type: String
    package let label: String
    package let takesOptions: Bool

    package init(type: String, label: String, takesOptions: Bool) {
        self.type = type
        self.label = label
        self.takesOptions = takesOptions
    }
}
