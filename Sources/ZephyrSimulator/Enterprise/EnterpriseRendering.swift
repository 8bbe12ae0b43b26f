/// A ZE field as the server sends it: every key of the create body plus the server's own.
enum EnterpriseRendering {
    static func json(_ field: EnterpriseSimField) -> JSONValue {
        .object([
            ("id", .int(Int64(field.id))),
            ("fieldName", .string(field.fieldName)),
            ("columnName", .string(field.fieldName)),
            ("displayName", .string(field.displayName)),
            ("entityName", .string(field.entityName)),
            ("fieldTypeMetadata", .int(Int64(field.fieldTypeMetadata))),
            ("description", .optionalString(field.description)),
            ("mandatory", .bool(field.mandatory)),
            ("systemField", .bool(false)),
            ("importable", .bool(true)),
            ("exportable", .bool(true)),
            ("searchable", .bool(true)),
            ("searchFieldName", .string(field.searchFieldName)),
            ("projectCheck", .bool(!field.allProject)),
            ("unique", .bool(field.unique)),
            ("length", .int(Int64(field.length))),
            ("allProject", .bool(field.allProject)),
            ("projectIds", .array(field.projectIds.map { .int(Int64($0)) })),
            ("isVisible", .bool(true)),
            ("createdOn", .int(field.createdOn)),
        ])
    }
}
