import FieldSpec
import ZephyrDomain

/// Turns a plan into operations with dependencies:
/// create -> add/rename options -> update -> remove options -> enable/disable;
/// deletes (one bulk call) before creates and renames that need the freed name, and before
/// creates that would exceed the field limit.
struct OperationGraph {
    private struct Rename {
        let operation: Int
        let entity: EntityType
        let from: String
        let to: String
    }

    private(set) var operations: [Operation] = []

    init(plan: Plan, remote: RemoteState, limits: [EntityType: Int]) {
        var deleteTargets: [FieldTarget] = []
        for change in plan.changes where change.action == .delete || change.action == .replace {
            if let id = change.fieldId, let before = change.before {
                deleteTargets.append(FieldTarget(key: FieldKey(entity: before.entity, name: before.name), existingId: id))
            }
        }
        let deleteId: Int? = deleteTargets.isEmpty ? nil : add(.delete(deleteTargets), field: deleteTargets[0], after: [])
        let freedNames = Set(deleteTargets.map(\.key))
        // Creates wait for deletes when the server's limit would otherwise be exceeded.
        var overLimit = Set<EntityType>()
        for entity in EntityType.allCases {
            let creates = plan.changes.filter { $0.entity == entity && ($0.action == .create || $0.action == .replace) }.count
            if (remote.fields[entity] ?? []).count + creates > limits[entity, default: Int.max] { overLimit.insert(entity) }
        }

        var renames: [Rename] = []
        for change in plan.changes {
            let key = change.key
            switch change.action {
            case .create, .replace:
                guard let after = change.after else { continue }
                let waits = (freedNames.contains(key) || overLimit.contains(change.entity) || change.action == .replace)
                let created = add(.create(after, replacing: change.action == .replace), field: FieldTarget(key: key, existingId: nil), after: waits ? deleteId.map { [$0] } ?? [] : [])
                addProjectChanges(change, target: FieldTarget(key: key, existingId: nil), after: [created])
            case .update, .none:
                guard let id = change.fieldId else { continue }
                let target = FieldTarget(key: key, existingId: id)
                var last = change.options.filter { $0.kind != .remove }.map { option in
                    option.kind == .add
                        ? add(.addOption(text: option.after ?? ""), field: target, after: [])
                        : add(.renameOption(optionId: option.optionId ?? "", from: option.before ?? "", to: option.after ?? ""), field: target, after: [])
                }
                let updatesField = change.attributes.contains { $0.attribute == "name" || $0.attribute == "description" }
                if updatesField, let name = change.after?.name, let before = change.before {
                    // A rename onto a name a deleted field frees waits for the delete to be visible.
                    let waits = freedNames.contains(FieldKey(entity: change.entity, name: name)) ? deleteId.map { [$0] } ?? [] : []
                    let description = change.attributes.first { $0.attribute == "description" }?.after
                    let update = add(.update(name: name, description: description), field: target, after: last + waits)
                    renames.append(Rename(operation: update, entity: change.entity, from: FieldKey.fold(before.name), to: FieldKey.fold(name)))
                    last = [update]
                }
                let removals = change.options.filter { $0.kind == .remove }.map { option in
                    add(.removeOption(optionId: option.optionId ?? "", text: option.before ?? ""), field: target, after: last)
                }
                addProjectChanges(change, target: target, after: Set(last + removals))
            case .delete:
                continue
            }
        }
        orderRenames(renames)
    }

    /// A rename onto a name another field is renamed away from waits for that rename; a swap
    /// (A -> B while B -> A) first moves one field to a temporary name.
    private mutating func orderRenames(_ renames: [Rename]) {
        for rename in renames where rename.from != rename.to {
            guard let holder = renames.first(where: {
                $0.operation != rename.operation && $0.entity == rename.entity && $0.from == rename.to
            }) else { continue }
            if holder.to == rename.from, rename.operation < holder.operation {
                let original = operations[rename.operation]
                guard case .update(let name, _) = original.kind else { continue }
                let parking = add(.update(name: "\(name) (renaming)", description: nil), field: original.field, after: original.dependencies)
                operations[holder.operation].dependencies.insert(parking)
                operations[rename.operation].dependencies = [holder.operation]
            } else if !(holder.to == rename.from) {
                operations[rename.operation].dependencies.insert(holder.operation)
            }
        }
    }

    private mutating func addProjectChanges(_ change: FieldChange, target: FieldTarget, after: Set<Int>) {
        for project in change.projects {
            add(.setEnabled(project.kind == .enable, project.project), field: target, after: after)
        }
    }

    @discardableResult
    private mutating func add(_ kind: Operation.Kind, field: FieldTarget, after: some Sequence<Int>) -> Int {
        let id = operations.count
        operations.append(Operation(id: id, kind: kind, field: field, dependencies: Set(after)))
        return id
    }
}
