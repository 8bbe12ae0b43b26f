import FieldSpec
import ZephyrDomain

/// Turns a plan into operations with dependencies:
/// add/rename options -> update -> remove options -> enable/disable for an existing field;
/// create (with all its options in one call) -> enable/disable for a new one;
/// deletes (one bulk call, waiting until the server no longer shows them) before the create of a
/// replacement and before creates that would exceed the field limit.
///
/// Where projects are set on create and options are one list (Zephyr Enterprise), a create is
/// one operation (create, then its option list) and an update one option-list write per field.
///
/// Renames never wait on other fields: the planner matches exact names before `previously`, so
/// a rename's target name is never held by another field of the plan.
struct OperationGraph {
    private(set) var operations: [ApplyOperation] = []

    init(plan: Plan, remote: RemoteState, limits: [EntityType: Int], capabilities: BackendCapabilities) {
        if capabilities.supports(.scopeOnCreate) || capabilities.supports(.replaceOptionList) {
            addWholeListOperations(plan)
            return
        }
        var deleteTargets: [FieldTarget] = []
        for change in plan.changes where change.action == .delete || change.action == .replace {
            if let id = change.fieldId, let before = change.before {
                deleteTargets.append(
                    FieldTarget(key: FieldKey(entity: before.entity, name: before.name), existingId: id))
            }
        }
        let deleteId: Int? =
            deleteTargets.isEmpty ? nil : add(.delete(deleteTargets), field: deleteTargets[0], after: [])
        let freedNames = Set(deleteTargets.map(\.key))
        // Creates wait for deletes when the server's limit would otherwise be exceeded.
        var overLimit = Set<EntityType>()
        for entity in EntityType.allCases {
            let creates = plan.changes.filter { $0.entity == entity && ($0.action == .create || $0.action == .replace) }
                .count
            if (remote.fields[entity] ?? []).count + creates > limits[entity, default: Int.max] {
                overLimit.insert(entity)
            }
        }

        for change in plan.changes {
            let key = change.key
            switch change.action {
            case .create, .replace:
                guard let after = change.after else { continue }
                let waits = (freedNames.contains(key) || overLimit.contains(change.entity) || change.action == .replace)
                let created = add(
                    .create(after, replacing: change.action == .replace), field: FieldTarget(key: key, existingId: nil),
                    after: waits ? deleteId.map { [$0] } ?? [] : [])
                addProjectChanges(change, target: FieldTarget(key: key, existingId: nil), after: [created])
            case .update, .none:
                guard let id = change.fieldId else { continue }
                let target = FieldTarget(key: key, existingId: id)
                var last = change.options.filter { $0.kind != .remove }.map { option in
                    option.kind == .add
                        ? add(.addOption(text: option.after ?? ""), field: target, after: [])
                        : add(
                            .renameOption(
                                optionId: option.optionId ?? "", from: option.before ?? "", to: option.after ?? ""),
                            field: target, after: [])
                }
                let updatesField = change.attributes.contains { $0.attribute == .name || $0.attribute == .description }
                // The name comes from what the plan shows: the name attribute when it changes, else
                // the server's own name, so what runs is exactly what was rendered.
                let name = change.attributes.first { $0.attribute == .name }?.after ?? change.before?.name
                if updatesField, let name {
                    let description = change.attributes.first { $0.attribute == .description }?.after
                    last = [add(.update(name: name, description: description), field: target, after: last)]
                }
                let removals = change.options.filter { $0.kind == .remove }.map { option in
                    add(
                        .removeOption(optionId: option.optionId ?? "", text: option.before ?? ""), field: target,
                        after: last)
                }
                addProjectChanges(change, target: target, after: Set(last + removals))
            case .delete:
                continue
            }
        }
    }

    /// One create (with its scope and options) or one option-list write per field. Such a
    /// backend plans nothing else as a call: renames, scope, deletes are manual steps.
    private mutating func addWholeListOperations(_ plan: Plan) {
        for change in plan.changes {
            switch change.action {
            case .create:
                guard let after = change.after else { continue }
                add(.createScoped(after), field: FieldTarget(key: change.key, existingId: nil), after: [])
            case .update, .none:
                guard let id = change.fieldId, !change.options.isEmpty else { continue }
                add(.writeOptions(change.options), field: FieldTarget(key: change.key, existingId: id), after: [])
            case .replace, .delete:
                continue
            }
        }
    }

    private mutating func addProjectChanges(_ change: FieldChange, target: FieldTarget, after: Set<Int>) {
        for project in change.projects {
            add(.setEnabled(project.kind == .enable, project.project), field: target, after: after)
        }
    }

    @discardableResult
    private mutating func add(_ kind: ApplyOperation.Kind, field: FieldTarget, after: some Sequence<Int>) -> Int {
        let id = operations.count
        operations.append(ApplyOperation(id: id, kind: kind, field: field, dependencies: Set(after)))
        return id
    }
}
