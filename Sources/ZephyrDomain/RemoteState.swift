/// What the server has, as far as one plan needs to know: every global field of each entity
/// type, and which of them are enabled in each project that was read. Backends produce it; the
/// planner, the fingerprint of saved plans and export read it.
package struct RemoteState: Sendable, Hashable {
    /// Global fields by entity, each list sorted by id.
    package var fields: [EntityType: [RemoteField]]
    /// Field ids enabled in each project that was read, keyed by project.
    package var enabled: [ProjectRef: Set<Int>]

    package init(fields: [EntityType: [RemoteField]], enabled: [ProjectRef: Set<Int>]) {
        self.fields = fields.mapValues { $0.sorted { $0.id < $1.id } }
        self.enabled = enabled
    }

    package var allFields: [RemoteField] {
        EntityType.allCases.flatMap { fields[$0] ?? [] }
    }

    /// The projects read, sorted by key.
    package var projects: [ProjectRef] { enabled.keys.sorted() }
}
