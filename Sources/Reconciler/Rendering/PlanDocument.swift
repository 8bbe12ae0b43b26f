import ZephyrDomain

/// The machine-readable plan (`--format json`), schema `schema/plan.schema.json`.
/// `format_version` changes only when a consumer would have to change.
struct PlanDocument: Encodable {
    /// 2.0: every key is snake_case (`field_id`, `forces_replacement`); `summary.option_removals`.
    /// Added since, without a version change (new keys only): `summary.manual_steps`, and for
    /// Zephyr Enterprise `all_projects` and `projects` on snapshots.
    static let formatVersion = "2.0"

    struct FieldRef: Encodable {
        let entity: EntityType
        let name: String
        let id: Int?
    }

    struct OptionRef: Encodable {
        let id: String?
        let before: String?
        let after: String?
    }

    /// One call-sized change: a field action, an option call, or an enable/disable.
    struct Entry: Encodable {
        let action: String
        let field: FieldRef
        let project: ProjectRef?
        let option: OptionRef?
        let before: FieldSnapshot?
        let after: FieldSnapshot?
        let attributes: [AttributeChange]?
        let reason: String
    }

    let formatVersion = PlanDocument.formatVersion
    let kind: ReportKind
    let hasChanges: Bool
    let blocked: Bool
    let summary: PlanSummary
    let changes: [Entry]
    let warnings: [PlanWarning]
    let unmanaged: [UnmanagedField]
    /// Present only when the plan has any: steps an administrator must make by hand.
    let manualSteps: [ManualStepEntry]?
    let blockedBy: [String]

    // The document's keys are snake_case, like every key of the JSON plan.
    private enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case hasChanges = "has_changes"
        case manualSteps = "manual_steps"
        case blockedBy = "blocked_by"
        case kind, blocked, summary, changes, warnings, unmanaged
    }

    struct ManualStepEntry: Encodable {
        let field: FieldRef
        let kind: ManualStep.Kind
        let instruction: String
    }

    init(plan: Plan, kind: ReportKind) {
        self.kind = kind
        hasChanges = plan.hasChanges
        blocked = plan.isBlocked
        summary = plan.summary
        warnings = plan.notices
        unmanaged = plan.unmanaged
        let steps = plan.handSteps.map {
            ManualStepEntry(
                field: FieldRef(entity: $0.field.entity, name: $0.field.name, id: nil), kind: $0.kind,
                instruction: $0.sentence)
        }
        manualSteps = steps.isEmpty ? nil : steps
        blockedBy = plan.blockedBy.map(\.sentence)
        changes = plan.changes.flatMap(Self.entries)
    }

    private static func entries(for change: FieldChange) -> [Entry] {
        let field = FieldRef(entity: change.entity, name: change.name, id: change.fieldId)
        var entries: [Entry] = []
        if change.action != .none {
            entries.append(
                Entry(
                    action: change.action.rawValue, field: field, project: nil, option: nil, before: change.before,
                    after: change.action == .delete ? nil : change.after,
                    attributes: change.attributes.isEmpty ? nil : change.attributes, reason: change.reason
                ))
        }
        for option in change.options {
            entries.append(
                Entry(
                    action: "\(option.kind.rawValue)_option", field: field, project: nil,
                    option: OptionRef(id: option.optionId, before: option.before, after: option.after),
                    before: nil, after: nil, attributes: nil,
                    reason: option.kind == .remove
                        ? "removed from the file; clears the values recorded with it" : "options differ"
                ))
        }
        for project in change.projects {
            entries.append(
                Entry(
                    action: project.kind.rawValue, field: field, project: project.project, option: nil,
                    before: nil, after: nil, attributes: nil,
                    reason: project.kind == .enable
                        ? "listed in the project's file" : "not listed in the project's file"
                ))
        }
        return entries
    }
}
