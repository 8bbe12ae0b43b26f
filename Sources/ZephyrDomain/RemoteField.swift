/// An option of a field as the server stores it.
package struct RemoteOption: Sendable, Hashable, Codable {
    /// The server's option id (a string in every response).
    package let id: String
    package let text: String

    package init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// A global custom field as the server reports it (mapped from the DTO; no wire details).
package struct RemoteField: Sendable, Hashable, Codable {
    package let id: Int
    package let name: String
    /// nil when the server sends null; `""` is kept as sent (the planner normalises).
    package let description: String?
    /// The server's type name; `type` is nil for a type this tool does not know.
    package let typeName: String
    package let entity: EntityType
    /// Options sorted by numeric id (the order the server lists them in).
    package let options: [RemoteOption]
    /// Zephyr Enterprise's `allProject`: every project has the field, present and future.
    /// Always false on Squad, where fields are enabled per project.
    package let allProjects: Bool

    package init(
        id: Int, name: String, description: String?, typeName: String, entity: EntityType, options: [RemoteOption],
        allProjects: Bool = false
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.typeName = typeName
        self.entity = entity
        self.options = options
        self.allProjects = allProjects
    }

    package var type: FieldType? { FieldType(rawValue: typeName.uppercased()) }
    package var serverType: ServerFieldType { ServerFieldType(name: typeName) }
    package var key: FieldKey { FieldKey(entity: entity, name: name) }
}
