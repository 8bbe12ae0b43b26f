import Foundation

extension ZephyrSimulator {
    private static func preferenceJSON(name: String, value: String) -> JSONValue {
        .object([
            ("name", .string(name)), ("value", .string(value)), ("defaultValue", .string(value)),
            ("accessLevel", .int(0)), ("editable", .bool(true)), ("isCustomizable", .bool(true)),
        ])
    }

    private static func missing(_ parameter: String) -> HandlerReply {
        zeError(428, "Required parameter \(parameter) is missing.", code: "Precondition Required")
    }

    /// `GET /admin/preference?key=`: a missing preference answers as `missingPreference` says.
    func enterprisePreference(_ request: SimulatorRequest) -> HandlerReply {
        guard let key = request.query["key"], !key.isEmpty else { return Self.missing("key") }
        if let value = state.enterpriseState.preferences[key] {
            return .ok(Self.preferenceJSON(name: key, value: value))
        }
        switch options.enterprise.missingPreference {
        case .noContent: return Self.empty(204)
        case .emptyBody: return Self.empty(200)
        case .nullValue: return .ok(.object([("name", .string(key)), ("value", .null)]))
        case .emptyObject: return .ok(.object([]))
        case .serverError:
            return Self.zeError(
                500, "An internal error occurred while processing the request.", code: "Internal Server Error")
        }
    }

    /// `PUT /admin/preference`: replaces a picklist's option list whole. The value must be a
    /// JSON array of `{value, id}` with distinct ids; ids are kept exactly as sent.
    func replaceEnterprisePreference(_ request: SimulatorRequest) -> HandlerReply {
        guard let body = EnterpriseJSON.object(request), let name = body["name"] as? String,
            let value = body["value"] as? String
        else { return Self.zeError(400, "Preference name and value are required.", code: "Bad Request") }
        guard let field = optionField(preference: name) else {
            return Self.zeError(400, "Preference \(name) not found.", code: "Bad Request")
        }
        guard EnterpriseCatalogue.takesOptions(field.fieldTypeMetadata) else {
            return Self.zeError(400, "Custom field \(field.fieldName) does not take options.", code: "Bad Request")
        }
        guard let items = (try? JSONSerialization.jsonObject(with: Data(value.utf8))) as? [[String: Any]],
            items.allSatisfy({ $0["value"] is String && ($0["id"] is String || EnterpriseJSON.int($0["id"]) != nil) })
        else { return Self.zeError(400, "Preference value is not a valid option list.", code: "Bad Request") }
        let ids = items.map { ($0["id"] as? String) ?? String(EnterpriseJSON.int($0["id"]) ?? 0) }
        guard Set(ids).count == ids.count else {
            return Self.zeError(400, "Option ids must be unique.", code: "Bad Request")
        }
        state.enterpriseState.preferences[name] = value
        return .ok(Self.preferenceJSON(name: name, value: value))
    }

    /// The field a `{entity}.zcf_<id>.LOV` name belongs to, if it exists.
    private func optionField(preference: String) -> EnterpriseSimField? {
        let parts = preference.split(separator: ".").map(String.init)
        guard parts.count == 3, parts[2] == "LOV" else { return nil }
        return state.enterpriseState.fields.first { $0.entityName == parts[0] && $0.fieldName == parts[1] }
    }

    /// `GET /admin/preference/item/usage?preferencename=&value=&id=`, shaped by `usageShape`.
    func enterpriseOptionUsage(_ request: SimulatorRequest) -> HandlerReply {
        guard let name = request.query["preferencename"], !name.isEmpty else { return Self.missing("preferencename") }
        guard let id = request.query["id"], !id.isEmpty else { return Self.missing("id") }
        let inUse = state.enterpriseState.optionsInUse[name]?.contains(id) ?? false
        return switch options.enterprise.usageShape {
        case .boolean: .ok(.bool(inUse))
        case .count: .ok(.int(inUse ? 3 : 0))
        case .object: .ok(.object([("inUse", .bool(inUse))]))
        }
    }

    /// Simulator only: `POST .../simulator/optionusage {"preferencename","id","inUse"}`.
    func markEnterpriseOptionUsage(_ request: SimulatorRequest) -> HandlerReply {
        guard let body = EnterpriseJSON.object(request), let name = body["preferencename"] as? String,
            let id = (body["id"] as? String) ?? EnterpriseJSON.int(body["id"]).map(String.init)
        else { return Self.zeError(400, "preferencename and id are required.", code: "Bad Request") }
        state.markEnterpriseOption(preference: name, id: id, inUse: EnterpriseJSON.bool(body["inUse"]) ?? true)
        return .ok(.object([("preferencename", .string(name)), ("id", .string(id))]))
    }

    /// Marks an option as referenced by some testcase value (or not), for tests.
    package func markEnterpriseOption(preference: String, id: String, inUse: Bool = true) {
        state.markEnterpriseOption(preference: preference, id: id, inUse: inUse)
    }
}
