import FieldSpec
import ZephyrDomain

/// Collects the pieces of a plan and applies the safety rules before freezing it.
struct PlanBuilder {
    var changes: [FieldChange] = []
    var warnings: [PlanWarning] = []
    var unmanaged: [UnmanagedField] = []
    var manualSteps: [ManualStep] = []
    var blockedBy: [BlockedReason] = []

    var plan: Plan {
        Plan(changes: changes, warnings: warnings, unmanaged: unmanaged, manualSteps: manualSteps, blockedBy: blockedBy)
    }

    mutating func add(_ diff: FieldDiff, options: PlanOptions) {
        let change = diff.change
        changes.append(change)
        warnings += diff.warnings
        manualSteps += diff.manualSteps
        let removed = change.options.filter { $0.kind == .remove }.compactMap(\.before)
        if change.protected, !removed.isEmpty {
            blockedBy.append(.protectedOptionRemoval(change.key, options: removed))
        }
        guard change.action == .replace else { return }
        if change.protected {
            blockedBy.append(.protectedReplace(change.key, change.attributes))
        } else if !options.allowReplace {
            blockedBy.append(.replaceNotAllowed(change.key, change.attributes))
        }
    }

    /// Adds an enable or disable to the field's entry, creating a project-only entry if needed.
    mutating func addProjectChange(_ projectChange: ProjectChange, to key: FieldKey, fieldId: Int) {
        if let index = changes.firstIndex(where: { $0.key == key && $0.action != .delete }) {
            changes[index] = changes[index].adding(projectChange)
        } else {
            changes.append(
                FieldChange(
                    entity: key.entity, name: key.name, action: .none, fieldId: fieldId, before: nil, after: nil,
                    projects: [projectChange], reason: FieldChange.enablementReason([projectChange])
                ))
        }
    }

    mutating func addUnmanaged(
        _ fields: [RemoteField], prune: Bool, options: PlanOptions, capabilities: BackendCapabilities
    ) {
        guard prune else {
            unmanaged += fields.map { UnmanagedField(entity: $0.entity, name: $0.name, fieldId: $0.id) }
            return
        }
        guard capabilities.supports(.deleteField) else {
            manualSteps += fields.map { ManualStep(field: $0.key, action: .delete, kind: .manual) }
            return
        }
        for field in fields {
            changes.append(
                FieldChange(
                    entity: field.entity, name: field.name, action: .delete, fieldId: field.id, before: field.snapshot,
                    after: nil, reason: "no file declares it and prune is on"
                ))
        }
        if !fields.isEmpty, !options.allowDelete {
            blockedBy.append(.pruneNotAllowed(fields.map { FieldKey(entity: $0.entity, name: $0.name) }.sorted()))
        }
    }

    /// The share-of-deletes threshold and the server's per-entity field limits.
    mutating func checkSafety(remote: RemoteState, settings: SpecSettings, options: PlanOptions) {
        let existing = remote.allFields.count
        let destroyed = changes.filter { $0.action == .delete || $0.action == .replace }.count
        if existing >= settings.deleteThresholdMinimumFields, destroyed > 0, !options.force,
            destroyed * 100 > settings.deleteThresholdPercent * existing
        {
            blockedBy.append(
                .deleteThreshold(
                    destroyed: destroyed, existing: existing, thresholdPercent: settings.deleteThresholdPercent))
        }
        for entity in EntityType.allCases {
            let count =
                (remote.fields[entity] ?? []).count
                + changes.filter { $0.entity == entity && $0.action == .create }.count
                - changes.filter { $0.before?.entity == entity && $0.action == .delete }.count
                + changes.filter { $0.action == .replace && $0.entity != $0.before?.entity }
                .reduce(0) { $0 + ($1.entity == entity ? 1 : -1) }
            let limit = settings.limit(for: entity)
            if count > limit {
                blockedBy.append(.fieldLimit(entity, count: count, limit: limit))
            }
        }
    }
}

extension FieldChange {
    func adding(_ projectChange: ProjectChange) -> FieldChange {
        FieldChange(
            entity: entity, name: name, action: action, fieldId: fieldId, before: before, after: after,
            attributes: attributes, options: options, projects: projects + [projectChange],
            reason: action == .none ? FieldChange.enablementReason(projects + [projectChange]) : reason,
            protected: protected
        )
    }
}
