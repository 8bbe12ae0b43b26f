import Foundation
import Reconciler
import ZephyrClient
import ZephyrDomain

/// Runs one operation with the care each Zephyr Squad call needs: non-idempotent calls (create,
/// add option, the enable toggle) are never repeated blindly — after an ambiguous failure the
/// server is re-read and the call repeated only if its effect is absent.
struct SquadOperationExecutor: Sendable {
    let api: any ZephyrFieldsAPI
    let timing: ApplyTiming

    /// Runs the operation; returns a note for the progress line.
    func run(_ operation: ApplyOperation, context: ApplyContext) async throws -> String? {
        let key = operation.field.key
        switch operation.kind {
        case .create(let snapshot, _):
            let field = try await create(snapshot)
            await context.record(field.id, for: key)
            try await fixStoredOptions(of: field, wanted: snapshot.options)
            return "id \(field.id)"
        case .addOption(let text):
            let id = try await fieldId(operation, context)
            try await attempt(verify: {
                try await api.field(id: id)?.options.contains { $0.text == text } ?? false
            }) { _ = try await api.addOption(fieldId: id, text: text) }
        case .renameOption(let optionId, _, let to):
            try await idempotent { try await api.renameOption(id: optionId, to: to) }
        case .update(let name, let description):
            let id = try await fieldId(operation, context)
            try await idempotent { _ = try await api.updateField(id: id, name: name, description: description) }
        case .removeOption(let optionId, _):
            let id = try await fieldId(operation, context)
            try await idempotent(goneIsDone: true) { try await api.removeOption(id: optionId) }
            // Removals finish in the background; wait so a plan right after apply is empty.
            try await waitUntil("option \(optionId) of \(key) was removed but is still listed") {
                try await api.field(id: id)?.options.contains { $0.id == optionId } != true
            }
        case .delete(let targets):
            let ids = targets.compactMap(\.existingId)
            try await idempotent(goneIsDone: true) {
                if ids.count == 1 {
                    try await api.deleteField(id: ids[0])
                } else {
                    try await api.deleteFields(ids: ids)
                }
            }
            try await waitUntilGone(ids)
        case .setEnabled(let on, let project):
            let id = try await fieldId(operation, context)
            // The call is a toggle: the plan read the mapping moments ago; after an ambiguous
            // failure, read it again and only call again if the mapping is still not as wanted.
            try await attempt(verify: {
                try await api.enabledFields(entity: key.entity, projectId: project.id).contains { $0.id == id } == on
            }) { try await api.setEnabled(on, fieldId: id, projectId: project.id) }
        case .createScoped, .writeOptions:
            // The operation graph makes these only for backends declaring `scopeOnCreate` or
            // `replaceOptionList`, which Squad does not.
            throw ExecutionFailure(message: "\(operation.summary) is not a Zephyr Squad call")
        }
        return nil
    }

    private func fieldId(_ operation: ApplyOperation, _ context: ApplyContext) async throws -> Int {
        guard let id = await context.id(for: operation.field) else {
            throw ExecutionFailure(message: "\(operation.field.key) has no id: its create did not run")
        }
        return id
    }

    /// Creates a field once; after an ambiguous failure, looks for it before trying again.
    private func create(_ snapshot: FieldSnapshot) async throws -> RemoteField {
        guard let type = snapshot.type.known else {
            throw ExecutionFailure(
                message:
                    "\(snapshot.entity.rawValue)/\(snapshot.name) has type \(snapshot.type), which this tool cannot create"
            )
        }
        let key = FieldKey(entity: snapshot.entity, name: snapshot.name)
        var created: RemoteField?
        try await attempt(verify: {
            created = try await api.fields(entity: snapshot.entity).first { $0.key == key }
            return created != nil
        }) {
            created = try await api.createField(
                NewField(
                    name: snapshot.name, description: snapshot.description, type: type, entity: snapshot.entity,
                    options: snapshot.options
                ))
        }
        guard let created else { throw ExecutionFailure(message: "\(key) was not found after its create") }
        return created
    }

    /// `/create` doubles apostrophes in options; rename those back to the text wanted (the
    /// option rename call stores text as sent).
    private func fixStoredOptions(of field: RemoteField, wanted: [String]) async throws {
        for option in field.options where !wanted.contains(option.text) {
            let text = SquadText.undoingDoubledApostrophes(option.text)
            guard wanted.contains(text) else { continue }
            try await idempotent { try await api.renameOption(id: option.id, to: text) }
        }
    }

    private func waitUntilGone(_ ids: [Int]) async throws {
        var remaining = ids
        try await waitUntil("fields \(ids.map(String.init).joined(separator: ", ")) were deleted but are still listed")
        {
            var still: [Int] = []
            for id in remaining where try await api.field(id: id) != nil { still.append(id) }
            remaining = still
            return remaining.isEmpty
        }
    }

    /// Polls `condition` (an idempotent read, which the client retries through transient
    /// failures) with growing pauses until it holds or `deleteVisibilityTimeout` passes.
    private func waitUntil(_ failure: String, _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + timing.deleteVisibilityTimeout
        var interval = timing.pollInterval
        while try await !condition() {
            guard ContinuousClock.now < deadline else {
                throw ExecutionFailure(message: "\(failure) after \(timing.deleteVisibilityTimeout)")
            }
            try await Task.sleep(for: interval)
            interval = min(interval * 2, .seconds(1))
        }
    }

    /// An idempotent call: the client already repeated it as the retry policy allows.
    /// `goneIsDone`: "not found" means an earlier attempt (or someone else) removed the object.
    private func idempotent(goneIsDone: Bool = false, _ call: () async throws -> Void) async throws {
        do {
            try await call()
        } catch ZephyrError.notFound where goneIsDone {
            return
        }
    }

    /// A non-idempotent call: re-read with `verify` before repeating it (see `verifiedWrite`).
    private func attempt(verify: () async throws -> Bool, _ call: () async throws -> Void) async throws {
        try await verifiedWrite(retry: timing.retry, verify: verify, call)
    }
}
