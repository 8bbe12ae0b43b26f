import ZephyrDomain

/// What happens to a field as a whole.
package enum FieldAction: String, Sendable, Hashable, Codable {
    case create, update, replace, delete
    /// The field itself is unchanged; only its enablement in projects changes.
    case none
}

/// The attributes of a field a plan can show as changed.
package enum FieldAttribute: String, Sendable, Hashable, Codable, CaseIterable {
    case name, description, type, entity
}

/// One attribute that differs, Terraform's `~ name = "a" -> "b"`.
package struct AttributeChange: Sendable, Hashable, Codable {
    package let attribute: FieldAttribute
    package let before: String?
    package let after: String?
    /// True when this difference cannot be made in place (type, entity).
    package let forcesReplacement: Bool

    private enum CodingKeys: String, CodingKey {
        case attribute, before, after
        case forcesReplacement = "forces_replacement"
    }

    package init(attribute: FieldAttribute, before: String?, after: String?, forcesReplacement: Bool = false) {
        self.attribute = attribute
        self.before = before
        self.after = after
        self.forcesReplacement = forcesReplacement
    }
}

/// One option call: add, rename or remove.
package struct OptionChange: Sendable, Hashable, Codable {
    package enum Kind: String, Sendable, Hashable, Codable {
        case add, rename, remove
    }

    package let kind: Kind
    /// The server's option id, for rename and remove.
    package let optionId: String?
    /// The option text on the server (rename, remove).
    package let before: String?
    /// The option text wanted (add, rename).
    package let after: String?

    package init(kind: Kind, optionId: String? = nil, before: String? = nil, after: String? = nil) {
        self.kind = kind
        self.optionId = optionId
        self.before = before
        self.after = after
    }
}

/// Enabling or disabling a field in one project.
package struct ProjectChange: Sendable, Hashable, Codable {
    package enum Kind: String, Sendable, Hashable, Codable {
        case enable, disable
    }

    package let kind: Kind
    package let project: ProjectRef

    package init(kind: Kind, project: ProjectRef) {
        self.kind = kind
        self.project = project
    }
}

/// The full definition a field is created with (also the "after" side of a replace).
package struct FieldSnapshot: Sendable, Hashable, Codable {
    package let name: String
    package let entity: EntityType
    package let type: ServerFieldType
    package let description: String?
    package let options: [String]
    /// Zephyr Enterprise's `allProject`: the field is in every project, present and future.
    /// Encoded only when true, so Squad plans read as before.
    package let allProjects: Bool
    /// Zephyr Enterprise: the projects a field is created in (its `projectIds`), when not all.
    /// Squad fields are enabled per project instead (`FieldChange.projects`); always empty there.
    package let projects: [ProjectRef]

    package init(
        name: String, entity: EntityType, type: ServerFieldType, description: String?, options: [String],
        allProjects: Bool = false, projects: [ProjectRef] = []
    ) {
        self.name = name
        self.entity = entity
        self.type = type
        self.description = description
        self.options = options
        self.allProjects = allProjects
        self.projects = projects.sorted()
    }

    private enum CodingKeys: String, CodingKey {
        case name, entity, type, description, options, projects
        case allProjects = "all_projects"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            entity: try container.decode(EntityType.self, forKey: .entity),
            type: try container.decode(ServerFieldType.self, forKey: .type),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            options: try container.decode([String].self, forKey: .options),
            allProjects: try container.decodeIfPresent(Bool.self, forKey: .allProjects) ?? false,
            projects: try container.decodeIfPresent([ProjectRef].self, forKey: .projects) ?? [])
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(entity, forKey: .entity)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(options, forKey: .options)
        if allProjects { try container.encode(true, forKey: .allProjects) }
        if !projects.isEmpty { try container.encode(projects, forKey: .projects) }
    }
}

/// Everything a plan does to one field: the field-level action, attribute, option and project
/// changes, in the order they are shown and applied.
package struct FieldChange: Sendable, Hashable, Codable {
    package let entity: EntityType
    /// The desired name (or the current name for a delete).
    package let name: String
    package let action: FieldAction
    /// The existing field's id; nil for a create.
    package let fieldId: Int?
    /// What the server has (update, replace, delete).
    package let before: FieldSnapshot?
    /// What the field will be (create, update, replace).
    package let after: FieldSnapshot?
    package let attributes: [AttributeChange]
    package let options: [OptionChange]
    package let projects: [ProjectChange]
    /// Why, in words a reviewer understands ("renamed from Env (previously)").
    package let reason: String
    package let protected: Bool

    package init(
        entity: EntityType, name: String, action: FieldAction, fieldId: Int?, before: FieldSnapshot?,
        after: FieldSnapshot?, attributes: [AttributeChange] = [], options: [OptionChange] = [],
        projects: [ProjectChange] = [], reason: String, protected: Bool = false
    ) {
        self.entity = entity
        self.name = name
        self.action = action
        self.fieldId = fieldId
        self.before = before
        self.after = after
        self.attributes = attributes
        self.options = options
        self.projects = projects.sorted { ($0.project, $0.kind.rawValue) < ($1.project, $1.kind.rawValue) }
        self.reason = reason
        self.protected = protected
    }

    package var key: FieldKey { FieldKey(entity: entity, name: name) }

    /// Why a field that itself stays the same is enabled or disabled somewhere.
    static func enablementReason(_ projects: [ProjectChange]) -> String {
        switch (projects.contains { $0.kind == .enable }, projects.contains { $0.kind == .disable }) {
        case (true, false): "not enabled in every project whose file lists it"
        case (false, true): "enabled in a project whose file does not list it"
        default: "enabled where no file lists it, and missing where one does"
        }
    }

    /// True when nothing at all would be sent for this field.
    package var isEmpty: Bool { action == .none && projects.isEmpty }
}
