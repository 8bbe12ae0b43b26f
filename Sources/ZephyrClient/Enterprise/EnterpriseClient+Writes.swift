import Foundation

extension EnterpriseClient {
    /// Sent once, never retried: a repeat after an ambiguous failure could create a second
    /// field (a new `zcf_` column). Re-read the list and look for the display name instead.
    package func createField(_ field: NewEnterpriseField) async throws(ZephyrError) -> EnterpriseField {
        let operation = "create \(field.entity.rawValue) field \"\(field.displayName)\""
        let endpoint = Endpoint(
            "POST", EnterprisePath.path("latest", ["field"]), body: base.json(CreateEnterpriseFieldBody(field)),
            operation: operation, permission: Permission.enterpriseAdmin, repeating: .never)
        let response = try await send(endpoint)
        guard let dto = try decodeIfPresent(EnterpriseFieldDTO.self, response, endpoint) else {
            throw .invalidResponse(operation: operation, message: "the server answered with no field")
        }
        return try dto.field(operation: operation)
    }

    /// Sent once, never retried, although the PUT is idempotent in itself: the list was computed
    /// from a read, and after an ambiguous failure that read may be stale.
    package func replaceOptions(entity: EnterpriseEntity, fieldName: String, options: [EnterpriseOption])
        async throws(ZephyrError)
    {
        let name = EnterpriseOptionList.preferenceName(entity: entity, fieldName: fieldName)
        let value = EnterpriseOptionList.encode(options)
        let body = EnterprisePreferenceBody(name: name, value: value, defaultValue: value)
        _ = try await send(
            Endpoint(
                "PUT", EnterprisePath.path("v3", ["admin", "preference"]), body: base.json(body),
                operation: "replace the options of \(entity.rawValue) field \(fieldName)",
                permission: Permission.enterpriseAdmin,
                repeating: .never))
    }
}
