import FieldSpec
import ZephyrClient
import ZephyrDomain

/// Reads what a plan needs from the server: one call for the projects, one per entity type for
/// the global fields, and one per entity type per project for what is enabled there, issued
/// concurrently but never more than `parallelism` at once.
public struct StateReader: Sendable {
    let api: any ZephyrFieldsAPI
    let parallelism: Int

    public init(api: any ZephyrFieldsAPI, parallelism: Int) {
        self.api = api
        self.parallelism = max(1, parallelism)
    }

    /// Resolves every project file's key or id with a single `GET /rest/api/2/project`.
    public func resolve(_ projects: [ProjectSpec], filter: Set<String>?) async throws(ReconcilerError) -> [ResolvedProject] {
        let server: [JiraProject]
        do { server = try await api.projects() } catch { throw .server(error) }
        var byKey: [String: JiraProject] = [:]
        for project in server {
            byKey[project.key.uppercased()] = project
            byKey[project.id] = project
        }
        var resolved: [ResolvedProject] = []
        for spec in projects {
            guard let found = byKey[spec.reference.uppercased()] else {
                throw .unknownProject(reference: spec.reference, location: spec.location)
            }
            resolved.append(ResolvedProject(spec: spec, ref: ProjectRef(id: found.id, key: found.key)))
        }
        if let filter {
            for wanted in filter.sorted() where !resolved.contains(where: { $0.ref.key.uppercased() == wanted.uppercased() || $0.ref.id == wanted }) {
                throw .unknownProjectFilter(wanted)
            }
        }
        return resolved
    }

    /// Reads global fields and, for each project, the ids of the fields enabled there.
    public func read(projects: [ProjectRef]) async throws(ReconcilerError) -> RemoteState {
        enum Read: Sendable {
            case global(EntityType)
            case enabled(EntityType, ProjectRef)
        }
        enum Result: Sendable {
            case global(EntityType, [RemoteField])
            case enabled(ProjectRef, [Int])
        }
        let reads = EntityType.allCases.map(Read.global)
            + projects.flatMap { project in EntityType.allCases.map { Read.enabled($0, project) } }
        var fields: [EntityType: [RemoteField]] = [:]
        var enabled: [ProjectRef: Set<Int>] = Dictionary(uniqueKeysWithValues: projects.map { ($0, []) })
        let api = self.api
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
                            return .enabled(project, try await api.enabledFieldIds(entity: entity, projectId: project.id))
                        }
                    }
                }
                for _ in 0..<parallelism { start() }
                while let result = try await group.next() {
                    switch result {
                    case .global(let entity, let list): fields[entity] = list
                    case .enabled(let project, let ids): enabled[project, default: []].formUnion(ids)
                    }
                    start()
                }
            }
        } catch let error as ZephyrError {
            throw .server(error)
        } catch let error as ReconcilerError {
            throw error
        } catch {
            throw .server(.invalidResponse(operation: "read state", message: "\(error)"))
        }
        return RemoteState(fields: fields, enabled: enabled)
    }
}
