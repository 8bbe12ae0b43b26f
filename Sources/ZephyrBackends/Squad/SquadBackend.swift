import Reconciler
import ZephyrClient
import ZephyrDomain

/// Zephyr Squad (Server / Data Center) behind the reconciler: the worked example of a backend.
///
/// Reads go through `SquadStateReader` (2 global reads, plus per project 1 per managed entity), operations through
/// `SquadOperationExecutor` (which knows the enable call is a toggle and that deletes finish in
/// the background). What ZAPI cannot do — clear a description — is left out of `capabilities`,
/// so the planner reports it instead of planning a call that would change nothing.
package struct SquadBackend: FieldBackend {
    package static let capabilities = BackendCapabilities(
        flavor: .squad,
        supported: [
            .createField, .renameField, .changeDescription, .deleteField, .replaceField, .enablePerProject,
            .editOptions,
        ]
    )

    let api: any ZephyrFieldsAPI
    let reader: SquadStateReader
    let executor: SquadOperationExecutor
    let onClose: @Sendable () async -> Void

    /// - Parameters:
    ///   - api: the ZAPI client (or anything speaking its protocol, in tests).
    ///   - parallelism: reads in flight at once.
    ///   - onClose: releases the transport (and saves the embedded simulator's state).
    package init(
        api: any ZephyrFieldsAPI, parallelism: Int, timing: ApplyTiming = ApplyTiming(),
        onClose: @escaping @Sendable () async -> Void = {}
    ) {
        self.api = api
        self.reader = SquadStateReader(api: api, parallelism: parallelism)
        self.executor = SquadOperationExecutor(api: api, timing: timing)
        self.onClose = onClose
    }

    package var capabilities: BackendCapabilities { Self.capabilities }

    package func projects() async throws(ReconcilerError) -> [ProjectRef] {
        do {
            return try await api.projects().map { ProjectRef(id: $0.id, key: $0.key) }
        } catch {
            throw .server(error.sentence)
        }
    }

    package func readState(
        projects: [ProjectRef], entities: Set<EntityType>, progress: ProgressTracker
    ) async throws(ReconcilerError) -> RemoteState {
        try await reader.read(projects: projects, entities: entities, progress: progress)
    }

    package func checkPermissions(for plan: Plan) async throws(ReconcilerError) {
        try await SquadPermissionCheck(api: api).check(plan)
    }

    package func execute(_ operation: ApplyOperation, context: ApplyContext) async throws -> String? {
        try await executor.run(operation, context: context)
    }

    package func close() async {
        await onClose()
    }
}

extension ZephyrError {
    /// The one sentence the user reads.
    var sentence: String {
        errorDescription ?? "the server's answer could not be understood"
    }
}
