import ZephyrDomain

/// Something a reviewer should know about the plan, shown after the summary.
public struct PlanWarning: Sendable, Hashable, Codable, Comparable {
    public let field: String?
    public let message: String

    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }

    public static func < (lhs: PlanWarning, rhs: PlanWarning) -> Bool {
        (lhs.field ?? "", lhs.message) < (rhs.field ?? "", rhs.message)
    }
}

/// A field on the server that no file declares.
public struct UnmanagedField: Sendable, Hashable, Codable {
    public let entity: EntityType
    public let name: String
    public let fieldId: Int

    private enum CodingKeys: String, CodingKey {
        case entity, name
        case fieldId = "field_id"
    }

    public init(entity: EntityType, name: String, fieldId: Int) {
        self.entity = entity
        self.name = name
        self.fieldId = fieldId
    }
}

/// Counts for the `Plan: N to create, ...` line.
public struct PlanSummary: Sendable, Hashable, Codable {
    public var create = 0, update = 0, replace = 0, delete = 0, enable = 0, disable = 0
    /// Options removed from fields that stay: each clears the values recorded with it.
    public var optionRemovals = 0

    private enum CodingKeys: String, CodingKey {
        case create, update, replace, delete, enable, disable
        case optionRemovals = "option_removals"
    }
}

/// The typed result of diffing desired against remote state. Pure data: rendering and applying
/// read it, nothing mutates it.
public struct Plan: Sendable, Hashable, Codable {
    /// One entry per field with something to do, sorted by entity then name.
    public let changes: [FieldChange]
    public let warnings: [PlanWarning]
    public let unmanaged: [UnmanagedField]
    /// What the configuration asks for that the server's API cannot do; never sent as calls.
    public let manualSteps: [ManualStep]
    /// Safety rules the plan breaks; a blocked plan is shown but never applied (exit 3).
    public let blockedBy: [BlockedReason]

    public init(
        changes: [FieldChange], warnings: [PlanWarning], unmanaged: [UnmanagedField], manualSteps: [ManualStep] = [],
        blockedBy: [BlockedReason]
    ) {
        self.changes = changes.filter { !$0.isEmpty }.sorted { $0.key < $1.key }
        self.warnings = Array(Set(warnings)).sorted()
        self.unmanaged = unmanaged.sorted {
            FieldKey(entity: $0.entity, name: $0.name) < FieldKey(entity: $1.entity, name: $1.name)
        }
        self.manualSteps = Array(Set(manualSteps)).sorted()
        self.blockedBy = blockedBy
    }

    public var hasChanges: Bool { !changes.isEmpty }
    public var isBlocked: Bool { !blockedBy.isEmpty }

    public var summary: PlanSummary {
        var summary = PlanSummary()
        for change in changes {
            switch change.action {
            case .create: summary.create += 1
            case .update: summary.update += 1
            case .replace: summary.replace += 1
            case .delete: summary.delete += 1
            case .none: break
            }
            for project in change.projects {
                if project.kind == .enable { summary.enable += 1 } else { summary.disable += 1 }
            }
            summary.optionRemovals += change.options.filter { $0.kind == .remove }.count
        }
        return summary
    }
}
