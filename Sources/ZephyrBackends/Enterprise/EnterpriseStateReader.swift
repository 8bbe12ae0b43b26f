import Reconciler
import ZephyrClient
import ZephyrDomain

/// Reads what a plan needs from Zephyr Enterprise. A field's projects are part of the field, so
/// the number of reads does not grow with the number of projects: the type catalogue, one field
/// list per entity, and one option list per select field of the managed entities.
struct EnterpriseStateReader: Sendable {
    let api: any EnterpriseFieldsAPI
    let parallelism: Int
    let cache: EnterpriseFieldCache

    func read(
        projects: [ProjectRef], entities: Set<EntityType>, progress: ProgressTracker
    ) async throws -> RemoteState {
        progress.begin("reading the server", unit: "requests", total: 3)
        // Independent reads, sent together: on a distant server that is one round trip, not three.
        let api = self.api
        async let types = api.fieldTypes()
        async let testCases = api.fields(entity: .testcase)
        async let requirements = api.fields(entity: .requirement)
        let catalogue = try await types
        progress.advance()
        var listed = try await testCases.filter { !$0.systemField }
        progress.advance()
        listed += try await requirements.filter { !$0.systemField }
        progress.advance()
        await cache.remember(listed, catalogue: catalogue)

        // Options are read for select fields of the entities this run manages (all of them for
        // export and prune): enough to plan, without reading lists nobody asked about.
        let selects = listed.filter {
            entities.contains(EnterpriseMapping.entity($0.entity))
                && EnterpriseMapping.takesOptions(code: $0.fieldTypeMetadata, catalogue: catalogue)
        }
        progress.extend(by: selects.count)
        let options = try await readOptions(of: selects, progress: progress)

        var fields: [EntityType: [RemoteField]] = [:]
        for field in listed {
            let entity = EnterpriseMapping.entity(field.entity)
            fields[entity, default: []].append(
                RemoteField(
                    id: field.id, name: field.displayName, description: field.description,
                    typeName: EnterpriseMapping.typeName(code: field.fieldTypeMetadata, catalogue: catalogue),
                    entity: entity,
                    options: (options[field.id] ?? []).map { RemoteOption(id: $0.id, text: $0.value) },
                    allProjects: field.allProject))
        }
        var enabled: [ProjectRef: Set<Int>] = [:]
        for project in projects {
            let id = Int(project.id)
            enabled[project] = Set(listed.filter { $0.allProject || id.map($0.projectIds.contains) == true }.map(\.id))
        }
        return RemoteState(fields: fields, enabled: enabled)
    }

    /// Option lists, `parallelism` reads at once.
    private func readOptions(of fields: [EnterpriseField], progress: ProgressTracker) async throws(ZephyrError)
        -> [Int: [EnterpriseOption]]
    {
        let api = self.api
        guard !fields.isEmpty else { return [:] }
        var result: [Int: [EnterpriseOption]] = [:]
        do {
            try await withThrowingTaskGroup(of: (Int, [EnterpriseOption]).self) { group in
                var pending = fields[...]
                func start() {
                    guard let field = pending.popFirst() else { return }
                    group.addTask {
                        (field.id, try await api.options(entity: field.entity, fieldName: field.fieldName) ?? [])
                    }
                }
                for _ in 0..<parallelism { start() }
                while let (id, options) = try await group.next() {
                    result[id] = options
                    progress.advance()
                    start()
                }
            }
        } catch let error as ZephyrError {
            throw error
        } catch {
            throw .transportFailure(operation: "read option lists", message: "\(error)")
        }
        return result
    }
}
