import ZephyrDomain

/// Ids of fields created during this apply, for the operations that follow a create.
actor ApplyContext {
    private var created: [FieldKey: Int] = [:]

    func record(_ id: Int, for key: FieldKey) { created[key] = id }

    func id(for target: FieldTarget) -> Int? {
        target.existingId ?? created[target.key]
    }
}
