import Reconciler
import TestSupport
import ZephyrBackends
import ZephyrDomain

/// A backend that serves a fixed state and records the operations it is asked to run: for tests
/// of the lifecycle, export and saved plans without any server.
final class StubBackend: FieldBackend {
    let capabilities: BackendCapabilities
    let state: Locked<RemoteState>
    let serverProjects: [ProjectRef]
    let executed = Locked<[String]>([])

    init(
        state: RemoteState, projects: [ProjectRef] = Snippet.projects,
        capabilities: BackendCapabilities = SquadBackend.capabilities
    ) {
        self.state = Locked(state)
        self.serverProjects = projects
        self.capabilities = capabilities
    }

    func projects() async throws(ReconcilerError) -> [ProjectRef] { serverProjects }

    func readState(
        projects: [ProjectRef], entities: Set<EntityType>, progress: ProgressTracker
    ) async throws(ReconcilerError) -> RemoteState {
        let state = self.state.withLock { $0 }
        // Like a server read per entity: only the enablement of `entities` is seen.
        let readable = Set(state.fields.filter { entities.contains($0.key) }.values.joined().map(\.id))
        return RemoteState(
            fields: state.fields,
            enabled: state.enabled.filter { projects.contains($0.key) }.mapValues { $0.intersection(readable) })
    }

    /// What `checkPermissions` throws, when set.
    let refusal = Locked<ReconcilerError?>(nil)

    func checkPermissions(for plan: Plan) async throws(ReconcilerError) {
        if let refusal = refusal.withLock({ $0 }) { throw refusal }
    }

    func execute(_ operation: ApplyOperation, context: ApplyContext) async throws -> String? {
        executed.withLock { $0.append(operation.summary) }
        return nil
    }

    func close() async {}
}
