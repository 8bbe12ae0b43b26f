import ZephyrClient
import ZephyrDomain

/// The baseline: what a hand-written script does, one request at a time.
///
/// It uses the same `ZephyrClient` and HTTP stack as the tool (parallelism 1, one connection),
/// so the comparison measures the strategy — how many round trips and how many at once —
/// not the plumbing.
struct NaiveClient: Sendable {
    let api: ZephyrClient
    /// Zephyr Squad's entity types: a script for Squad never asks for Enterprise's test cases
    /// or requirements (`EntityType.allCases` has all four since Enterprise support).
    private let entities = ServerFlavor.squad.entities

    /// Reads like a script: for each project and entity type, the global field list and the
    /// project's enabled list. Returns how many wanted fields are not enabled, plus how many
    /// enabled fields are not wanted (0 means in sync).
    func differences(wanted: [EntityType: Set<String>]) async throws -> Int {
        var count = 0
        for project in try await api.projects() {
            for entity in entities {
                let global = try await api.fields(entity: entity)
                let enabled = Set(try await api.enabledFields(entity: entity, projectId: project.id).map(\.name))
                let want = wanted[entity] ?? []
                let known = Set(global.map(\.name))
                count += want.subtracting(enabled).count + enabled.subtracting(want).filter(known.contains).count
            }
        }
        return count
    }

    /// Enables what is missing: the global lists once (to learn the ids), then per project and
    /// entity type the enabled list and one toggle per missing field. Returns the enables sent.
    func enableMissing(wanted: [EntityType: Set<String>]) async throws -> Int {
        var ids: [EntityType: [String: Int]] = [:]
        for entity in entities {
            ids[entity] = Dictionary(
                try await api.fields(entity: entity).map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        }
        var sent = 0
        for project in try await api.projects() {
            for entity in entities {
                let enabled = Set(try await api.enabledFields(entity: entity, projectId: project.id).map(\.name))
                for name in (wanted[entity] ?? []).subtracting(enabled).sorted() {
                    guard let id = ids[entity]?[name] else { continue }
                    try await api.setEnabled(true, fieldId: id, projectId: project.id)
                    sent += 1
                }
            }
        }
        return sent
    }
}
