import Foundation

extension ZephyrSimulator {
    func enterprise(_ route: EnterpriseRoute, request: SimulatorRequest, user: SimulatorUser) -> HandlerReply {
        switch route {
        case .currentUser: currentUser(user)
        case .projects:
            enterpriseList(
                state.enterpriseProjects.map { .object([("id", .int(Int64($0.id))), ("name", .string($0.name))]) })
        case .fields(_, let entity): enterpriseFields(entity: entity)
        case .field(_, let id): enterpriseField(id: id)
        case .fieldByName: enterpriseFieldsNamed(request)
        case .fieldTypes:
            enterpriseList(
                EnterpriseCatalogue.rows.map { .object([("id", .int(Int64($0.code))), ("name", .string($0.name))]) })
        case .createField: createEnterpriseField(request)
        case .updateField: updateEnterpriseField(request)
        case .preference: enterprisePreference(request)
        case .replacePreference: replaceEnterprisePreference(request)
        case .optionUsage: enterpriseOptionUsage(request)
        case .markOptionUsage: markEnterpriseOptionUsage(request)
        }
    }

    /// A list, bare or `{"results": [...]}` as the `wrapLists` switch says.
    func enterpriseList(_ items: [JSONValue]) -> HandlerReply {
        guard options.enterprise.wrapLists else { return .ok(.array(items)) }
        return .ok(
            .object([("results", .array(items)), ("firstResult", .int(0)), ("resultSize", .int(Int64(items.count)))]))
    }

    static func zeError(_ status: Int, _ message: String, code: String) -> HandlerReply {
        HandlerReply(status: status, body: EnterpriseJSON.error(message, code: code))
    }

    static func empty(_ status: Int) -> HandlerReply {
        HandlerReply(status: status, body: .null, raw: (nil, Data()))
    }

    /// Under `/flex/` but outside the REST API a ZE server serves its web UI (HTML, 200), so a
    /// `--server` ending in `/flex/html5` gets pages; any other unknown route is an empty 404.
    func enterpriseUnrouted(path: String) -> HandlerReply {
        guard path.hasPrefix("/flex/"), !path.hasPrefix(SimulatorRoute.enterpriseRoot + "/") else {
            return Self.empty(404)
        }
        let page =
            "<!DOCTYPE html><html><head><title>Zephyr Enterprise</title></head><body><div id=\"app\"></div></body></html>"
        return HandlerReply(status: 200, body: .null, raw: ("text/html;charset=UTF-8", Data(page.utf8)))
    }

    func enterpriseForbidden(_ user: SimulatorUser) -> HandlerReply {
        Self.zeError(403, "User \(user.name) does not have permission to perform this operation.", code: "Forbidden")
    }

    /// "... is locked" before the request takes effect, at `lockedFaultRate`. Draws randomness
    /// only when the switch is on, so Squad runs keep their fault sequences.
    func drawLocked(_ match: RouteMatch) -> HandlerReply? {
        let rate = options.enterprise.lockedFaultRate
        guard options.flavor == .enterprise, rate > 0, case .found(.enterprise, _) = match else { return nil }
        guard faults.nextUnit() < rate else { return nil }
        return Self.zeError(
            options.enterprise.lockedStatus, "Custom field configuration is locked. Please try again later.",
            code: "122z04")
    }
}
