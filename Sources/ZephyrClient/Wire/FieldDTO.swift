import ZephyrDomain

/// A custom field as ZAPI sends it. Only the keys the tool uses are read; the rest
/// (`createdOn` as number or string, `fieldOptions` as null or "", audit fields…) are ignored.
struct FieldDTO: Decodable, Sendable {
    let id: LenientInt
    let name: String
    let description: String?
    let fieldType: String?
    let entityType: String?
    /// Option id → text; absent or null when the field has no options.
    let customFieldOptionValues: [String: String]?
    let isActive: LenientBool?
    let active: LenientBool?

    private enum CodingKeys: String, CodingKey {
        case id, name, description, fieldType, entityType, customFieldOptionValues, isActive, active
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(LenientInt.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        fieldType = try container.decodeIfPresent(String.self, forKey: .fieldType)
        entityType = try container.decodeIfPresent(String.self, forKey: .entityType)
        // Some builds send "" instead of null for "no options".
        if (try? container.decodeIfPresent(String.self, forKey: .customFieldOptionValues)) != nil {
            customFieldOptionValues = nil
        } else {
            customFieldOptionValues = try container.decodeIfPresent(
                [String: LenientString].self, forKey: .customFieldOptionValues)?
                .mapValues(\.value)
        }
        isActive = try container.decodeIfPresent(LenientBool.self, forKey: .isActive)
        active = try container.decodeIfPresent(LenientBool.self, forKey: .active)
    }

    /// The domain value; an entity type this tool does not know makes the response unusable.
    func remoteField(operation: String) throws(ZephyrError) -> RemoteField {
        guard let entityText = entityType, let entity = EntityType(caseInsensitive: entityText), entity.flavor == .squad
        else {
            throw .invalidResponse(
                operation: operation,
                message:
                    "field \(id.value) has entity type \(entityType.map { "\"\($0)\"" } ?? "null"); expected EXECUTION or TESTSTEP"
            )
        }
        guard let typeName = fieldType, !typeName.isEmpty else {
            throw .invalidResponse(operation: operation, message: "field \(id.value) has no fieldType")
        }
        let options = (customFieldOptionValues ?? [:])
            .map { RemoteOption(id: $0.key, text: $0.value) }
            .sorted(by: Self.optionOrder)
        return RemoteField(
            id: id.value, name: name, description: description, typeName: typeName, entity: entity, options: options)
    }

    /// Numeric id order, the order list responses use; non-numeric ids (never seen) sort last.
    private static func optionOrder(_ lhs: RemoteOption, _ rhs: RemoteOption) -> Bool {
        switch (Int(lhs.id), Int(rhs.id)) {
        case (let left?, let right?): left < right
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): lhs.id < rhs.id
        }
    }
}

/// Just the id of a field in a list, for reads that need nothing else.
struct FieldIdDTO: Decodable, Sendable {
    let id: LenientInt
}
