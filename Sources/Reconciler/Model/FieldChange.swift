import ZephyrDomain

/// What happens to a field as a whole.
public enum FieldAction: String, Sendable, Hashable, Codable {
    case create, update, replace, delete
    /// The field itself is unchanged; only its enablement in projects changes.
    case none
}

/// The attributes of a field a plan can show as changed.
public enum FieldAttribute: String, Sendable, Hashable, Codable, CaseIterable {
    case name, description, type, entity
}

/// One attribute that differs, Terraform's `~ name = "a" -> "b"`.
public struct AttributeChange: Sendable, Hashable, Codable {
    public let attribute: FieldAttribute
    public let before: String?
    public let after: String?
    /// True when this difference cannot be made in place (type, entity).
    public let forcesReplacement: Bool

    private enum CodingKeys: String, CodingKey {
        case attribute, before, after
        case forcesReplacement = "forces_replacement"
    }

    public init(attribute: FieldAttribute, before: String?, after: String?, forcesReplacement: Bool = false) {
        self.attribute = attribute
        self.before = before
        self.after = after
        self.forcesReplacement = forcesReplacement
    }
}

/// One option call: add, rename or remove.
public struct OptionChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case add, rename, remove
    }

    public let kind: Kind
    /// The server's option id, for rename and remove.
    public let optionId: String?
    /// The option text on the server (rename, remove).
    public let before: String?
    /// The option text wanted (add, rename).
    public let after: String?

    public init(kind: Kind, optionId: String? = nil, before: String? = nil, after: String? = nil) {
        self.kind = kind
        self.optionId = optionId
        self.before = before
        self.after = after
    }
}

/// Enabling or disabling a field in one project.
public struct ProjectChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case enable, disable
    }

    public let kind: Kind
    public let project: ProjectRef

    public init(kind: Kind, project: ProjectRef) {
        self.kind = kind
        self.project = project
    }
}

/// The full definition a field is created with (also the "after" side of a replace).
public struct FieldSnapshot: Sendable, Hashable, Codable {
    public let name: String
    public let entity: EntityType
    public let type: ServerFieldType
    public let description: String?
    public let options: [String]

    public init(name: String, entity: EntityType, type: ServerFieldType, description: String?, options: [String]) {
        self.name = name
        self.entity = entity
        self.type = type
        self.description = description
        self.options = options
    }
}

/// Everything a plan does to one field: the field-level action, attribute, option and project
/// changes, in the order they are shown and applied.
public struct FieldChange: Sendable, Hashable, Codable {
    public let entity: EntityType
    /// The desired name (or the current name for a delete).
    public let name: String
    public let action: FieldAction
    /// The existing field's id; nil for a create.
    public let fieldId: Int?
    /// What the server has (update, replace, delete).
    public let before: FieldSnapshot?
    /// What the field will be (create, update, replace).
    public let after: FieldSnapshot?
    public let attributes: [AttributeChange]
    public let options: [OptionChange]
    public let projects: [ProjectChange]
    /// Why, in words a reviewer understands ("renamed from Env (previously)").
    public let reason: String
    public let protected: Bool

    public init(
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

    public var key: FieldKey { FieldKey(entity: entity, name: name) }

    /// Why a field that itself stays the same is enabled or disabled somewhere.
    static func enablementReason(_ projects: [ProjectChange]) -> String {
        switch (projects.contains { $0.kind == .enable }, projects.contains { $0.kind == .disable }) {
        case (true, false): "not enabled in every project whose file lists it"
        case (false, true): "enabled in a project whose file does not list it"
        default: "enabled where no file lists it, and missing where one does"
        }
    }

    /// True when nothing at all would be sent for this field.
    public var isEmpty: Bool { action == .none && projects.isEmpty }
}
