import ZephyrDomain

/// Ids of fields created during this apply, for the operations that follow a create.
package actor ApplyContext {
    private var created: [FieldKey: Int] = [:]

    package init() {}

    package func record(_ id: Int, for key: FieldKey) { created[key] = id }

    /// The target's id: known from the plan, or recorded by the create that made it.
    package func id(for target: FieldTarget) -> Int? {
        target.existingId ?? created[target.key]
    }
}
