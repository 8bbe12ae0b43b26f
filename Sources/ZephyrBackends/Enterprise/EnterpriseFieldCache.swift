import ZephyrClient

/// What the last read learned that operations need and plans do not carry: each field's
/// `zcf_` name and entity, and the type catalogue. Filled by reads and creates.
actor EnterpriseFieldCache {
    private var fields: [Int: EnterpriseField] = [:]
    private(set) var catalogue: [EnterpriseFieldType]?

    func remember(_ listed: [EnterpriseField], catalogue: [EnterpriseFieldType]? = nil) {
        for field in listed { fields[field.id] = field }
        if let catalogue { self.catalogue = catalogue }
    }

    func field(id: Int) -> EnterpriseField? { fields[id] }
}
