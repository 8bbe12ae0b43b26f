import ZephyrDomain

/// A change the configuration asks for that the server's API cannot make. It is shown in every
/// plan format and never sent as a call: the planner asks the backend's capabilities, and what
/// is missing ends up here instead of as a call that would fail or a perpetual diff.
package struct ManualStep: Sendable, Hashable, Codable, Comparable {
    /// What would have to change.
    package enum Action: Sendable, Hashable, Codable {
        case createField
        case rename(from: String, to: String)
        case changeDescription(from: String?, to: String)
        /// The server keeps a description once set (Zephyr Squad ignores blank ones).
        case clearDescription(current: String)
        case replace([AttributeChange])
        case delete
        case editOptions([OptionChange])
        case enable(ProjectRef)
        case disable(ProjectRef)
        /// Make the field part of every project (Zephyr Enterprise's "all projects").
        case useAllProjects
        /// The field is in every project; the configuration gives it only these.
        case limitToProjects([ProjectRef])
    }

    package enum Kind: String, Sendable, Hashable, Codable {
        /// An administrator can make it by hand in the product's UI.
        case manual
        /// Nobody can make it on this server; the configuration should stop asking for it.
        case notPossible = "not_possible"
    }

    package let field: FieldKey
    package let action: Action
    package let kind: Kind

    package init(field: FieldKey, action: Action, kind: Kind) {
        self.field = field
        self.action = action
        self.kind = kind
    }

    package static func < (lhs: ManualStep, rhs: ManualStep) -> Bool {
        (lhs.field, lhs.sentence) < (rhs.field, rhs.sentence)
    }
}
