import FieldSpec
import ZephyrDomain

extension Reconciliation {
    /// Reads what a plan of `spec` needs: every global field, and per project the enablement of
    /// the entities `spec` manages. A declared field found on the server only under another
    /// entity is an entity change (planned as a replace), and the old field's enablement is then
    /// needed too: that entity is read in a second pass, so a plan without entity changes still
    /// reads one list per project and managed entity, nothing more.
    func readState(for spec: Spec, projects: [ProjectRef]) async throws(ReconcilerError) -> RemoteState {
        let scope = Self.managedEntities(spec)
        var remote = try await backend.readState(projects: projects, entities: scope, progress: progress)
        let movedFrom = Self.entitiesFieldsMayMoveFrom(spec, remote: remote).subtracting(scope)
        guard !movedFrom.isEmpty, !projects.isEmpty else { return remote }
        let more = try await backend.readState(projects: projects, entities: movedFrom, progress: progress)
        remote.enabled.merge(more.enabled) { $0.union($1) }
        return remote
    }

    /// Entities holding a server field named like a definition of another entity (the match
    /// `RemoteIndex` makes for an entity change). Wider than the planner's match, never narrower.
    static func entitiesFieldsMayMoveFrom(_ spec: Spec, remote: RemoteState) -> Set<EntityType> {
        let declared = Dictionary(grouping: spec.definitions, by: { FieldKey.fold($0.name) })
            .mapValues { Set($0.map(\.entity)) }
        var entities = Set<EntityType>()
        for field in remote.allFields {
            let entitiesDeclaringName = declared[FieldKey.fold(Normalization.text(field.name))] ?? []
            if entitiesDeclaringName.contains(where: { $0 != field.entity }) { entities.insert(field.entity) }
        }
        return entities
    }
}
