import ZephyrDomain

/// Something a reviewer should know about the plan, shown after the summary.
package struct PlanWarning: Sendable, Hashable, Codable, Comparable {
    package let field: String?
    package let message: String

    package init(field: String?, message: String) {
        self.field = field
        self.message = message
    }

    package static func < (lhs: PlanWarning, rhs: PlanWarning) -> Bool {
        (lhs.field ?? "", lhs.message) < (rhs.field ?? "", rhs.message)
    }
}

/// A field on the server that no file declares.
package struct UnmanagedField: Sendable, Hashable, Codable {
    package let entity: EntityType
    package let name: String
    package let fieldId: Int

    private enum CodingKeys: String, CodingKey {
        case entity, name
        case fieldId = "field_id"
    }

    package init(entity: EntityType, name: String, fieldId: Int) {
        self.entity = entity
        self.name = name
        self.fieldId = fieldId
    }
}

/// Counts for the `Plan: N to create, ...` line.
package struct PlanSummary: Sendable, Hashable, Codable {
    package var create = 0, update = 0, replace = 0, delete = 0, enable = 0, disable = 0
    /// Options removed from fields that stay: each clears the values recorded with it.
    package var optionRemovals = 0
    /// Changes an administrator must make by hand (the server's API cannot); never sent.
    package var manualSteps = 0

    private enum CodingKeys: String, CodingKey {
        case create, update, replace, delete, enable, disable
        case optionRemovals = "option_removals"
        case manualSteps = "manual_steps"
    }
}

/// The typed result of diffing desired against remote state. Pure data: rendering and applying
/// read it, nothing mutates it.
package struct Plan: Sendable, Hashable, Codable {
    /// One entry per field with something to do, sorted by entity then name.
    package let changes: [FieldChange]
    package let warnings: [PlanWarning]
    package let unmanaged: [UnmanagedField]
    /// What the configuration asks for that the server's API cannot do; never sent as calls.
    package let manualSteps: [ManualStep]
    /// Safety rules the plan breaks; a blocked plan is shown but never applied (exit 3).
    package let blockedBy: [BlockedReason]

    package init(
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

    package var hasChanges: Bool { !changes.isEmpty }
    /// Changes are planned, or an administrator still has something to do by hand: what
    /// `drift` reports as drift (exit 2).
    package var differsFromConfiguration: Bool { hasChanges || !handSteps.isEmpty }
    package var isBlocked: Bool { !blockedBy.isEmpty }

    package var summary: PlanSummary {
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
        summary.manualSteps = handSteps.count
        return summary
    }
}

extension Plan {
    /// This plan with more warnings and safety rules broken (found after diffing, e.g. by asking
    /// the server which options are in use).
    package func adding(warnings more: [PlanWarning], blockedBy reasons: [BlockedReason]) -> Plan {
        Plan(
            changes: changes, warnings: warnings + more, unmanaged: unmanaged, manualSteps: manualSteps,
            blockedBy: blockedBy + reasons)
    }
}
