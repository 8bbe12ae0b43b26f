import ZephyrDomain

/// How a stored field looks on the wire: the ZAPI field object of `zephyr-api.md`.
struct FieldRendering {
    /// List and get responses sort `customFieldOptionValues` by id; create and update
    /// responses don't (reversed here, so a client relying on order fails in tests).
    enum OptionOrder { case sorted, unsorted }

    static func json(
        _ field: SimField, active: Bool, order: OptionOrder, modifiedDate: Int64? = nil
    ) -> JSONValue {
        let display = FieldType(rawValue: field.fieldType)?.displayFieldType ?? field.fieldType
        var members: [(String, JSONValue)] = [
            ("id", .int(Int64(field.id))),
            ("name", .string(field.name)),
            ("description", .string(field.description ?? "")),
            ("defaultValue", .null),
            ("isActive", .bool(false)),
            ("active", .bool(active)),
            ("fieldType", .string(field.fieldType)),
            ("aliasName", .null),
            ("projectId", .null),
            ("displayName", .null),
            ("displayFieldType", .string(display)),
            ("entityType", .string(field.entityType)),
            ("createdOn", .int(field.createdOn)),
            ("createdBy", .string("admin")),
            ("modifiedBy", .string("admin")),
        ]
        if let modifiedDate { members.append(("modifiedDate", .int(modifiedDate))) }
        members.append(("fieldOptions", .null))
        if !field.options.isEmpty {
            let byId = field.options.sorted { $0.id < $1.id }
            let ordered = order == .sorted ? byId : byId.reversed()
            members.append(("customFieldOptionValues", .object(ordered.map { (String($0.id), .string($0.text)) })))
        }
        return .object(members)
    }
}
