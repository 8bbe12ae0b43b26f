import Foundation

extension EnterpriseClient {
    package func options(entity: EnterpriseEntity, fieldName: String) async throws(ZephyrError) -> [EnterpriseOption]? {
        let key = EnterpriseOptionList.preferenceName(entity: entity, fieldName: fieldName)
        let endpoint = Self.read(
            "read the options of \(entity.rawValue) field \(fieldName)",
            EnterprisePath.path("latest", ["admin", "preference"], query: ["key": key]))
        let response = try await send(endpoint)
        // A missing preference answers 204 or an empty body on some builds, `{}` or a null
        // value on others (the plugin null-checks the decoded preference): all mean "none yet".
        guard let preference = try decodeIfPresent(EnterprisePreferenceDTO.self, response, endpoint),
            let value = preference.value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else { return nil }
        if let name = preference.name, name != key {
            throw .invalidResponse(
                operation: endpoint.operation, message: "the server answered with preference \"\(name)\"")
        }
        do {
            let items = try JSONDecoder().decode([EnterpriseOptionDTO].self, from: Data(value.utf8))
            return items.map { EnterpriseOption(id: $0.id.value, value: $0.value) }
        } catch {
            throw .invalidResponse(
                operation: endpoint.operation, message: "the preference value is not a list of {value, id}")
        }
    }

    /// Usage answers are undocumented in shape: `true`/`false`, a count, or an object holding
    /// one of those. Anything else is an error, never "not in use".
    package func optionInUse(entity: EnterpriseEntity, fieldName: String, option: EnterpriseOption)
        async throws(ZephyrError) -> Bool
    {
        let key = EnterpriseOptionList.preferenceName(entity: entity, fieldName: fieldName)
        let endpoint = Self.read(
            "check whether option \"\(option.value)\" of \(entity.rawValue) field \(fieldName) is in use",
            EnterprisePath.path(
                "latest", ["admin", "preference", "item", "usage"],
                query: ["preferencename": key, "value": option.value, "id": option.id]))
        let response = try await send(endpoint)
        let json = try? JSONSerialization.jsonObject(with: response.body, options: .fragmentsAllowed)
        guard let inUse = Self.usage(json) else {
            throw .invalidResponse(
                operation: endpoint.operation, message: "the usage answer is neither true/false nor a count")
        }
        return inUse
    }

    static func usage(_ json: Any?) -> Bool? {
        switch json {
        case let number as NSNumber:
            // NSNumber also carries JSON booleans; both read as "non-zero means in use".
            return number.doubleValue != 0
        case let text as String:
            return Bool(text.lowercased()) ?? Int(text).map { $0 != 0 }
        case let object as [String: Any]:
            let key = ["inUse", "isInUse", "used", "isUsed", "usage", "count"].first { object[$0] != nil }
            return key.flatMap { object[$0] is [String: Any] ? nil : usage(object[$0]) }
        default:
            return nil
        }
    }
}
