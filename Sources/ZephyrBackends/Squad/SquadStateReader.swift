import Reconciler
import ZephyrClient
import ZephyrDomain

/// Reads what a plan needs from a Squad server: one call per entity type for the global fields,
/// and one per managed entity type per project for what is enabled there, issued concurrently
/// but never more than `parallelism` at once.
struct SquadStateReader: Sendable {
    let api: any ZephyrFieldsAPI
    let parallelism: Int

    init(api: any ZephyrFieldsAPI, parallelism: Int) {
        self.api = api
        self.parallelism = max(1, parallelism)
    }

    /// Reads global fields and, for each project, the ids of the fields of `entities` enabled there.
    func read(
        projects: [ProjectRef], entities: Set<EntityType> = Set(ServerFlavor.squad.entities),
        progress: ProgressTracker = ProgressTracker()
    ) async throws(ReconcilerError) -> RemoteState {
        enum Read: Sendable {
            case global(EntityType)
            case enabled(EntityType, ProjectRef)
        }
        enum Result: Sendable {
            case global(EntityType, [RemoteField])
            case enabled(ProjectRef, [Int])
        }
        let reads =
            ServerFlavor.squad.entities.map(Read.global)
            + projects.flatMap { project in
                ServerFlavor.squad.entities.filter(entities.contains).map { Read.enabled($0, project) }
            }
        var fields: [EntityType: [RemoteField]] = [:]
        var enabled: [ProjectRef: Set<Int>] = Dictionary(uniqueKeysWithValues: projects.map { ($0, []) })
        let api = self.api
        progress.begin("reading the server", unit: "requests", total: reads.count)
        do {
            try await withThrowingTaskGroup(of: Result.self) { group in
                var pending = reads[...]
                func start() {
                    guard let read = pending.popFirst() else { return }
                    group.addTask {
                        switch read {
                        case .global(let entity):
                            return .global(entity, try await api.fields(entity: entity))
                        case .enabled(let entity, let project):
                            return .enabled(
                                project, try await api.enabledFieldIds(entity: entity, projectId: project.id))
                        }
                    }
                }
                for _ in 0..<parallelism { start() }
                while let result = try await group.next() {
                    switch result {
                    case .global(let entity, let list): fields[entity] = list.map(\.undoingCreateQuirks)
                    case .enabled(let project, let ids): enabled[project, default: []].formUnion(ids)
                    }
                    progress.advance()
                    start()
                }
            }
        } catch let error as ZephyrError {
            throw .server(error.sentence)
        } catch {
            throw .server("reading the server's fields failed: \(error.localizedDescription)")
        }
        return RemoteState(fields: fields, enabled: enabled)
    }
}
