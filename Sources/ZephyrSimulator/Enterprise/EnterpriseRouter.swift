/// Matches `/flex/services/rest/{latest|v3|v4}/...` for the enterprise flavor.
struct EnterpriseRouter: Sendable {
    let options: SimulatorOptions

    func match(_ segments: [String], method: String) -> RouteMatch? {
        let root = SimulatorRoute.enterpriseRoot.split(separator: "/").map(String.init)
        guard segments.count > root.count, Array(segments.prefix(root.count)) == root else { return nil }
        let version = segments[root.count]
        guard EnterpriseRoute.versions.contains(version) else { return nil }
        let rest = Array(segments.dropFirst(root.count + 1))
        // The session login and the old credential check keep their original routes.
        if version == "latest", rest == ["manifest"] { return SimulatorRouter.pick(method, ["GET": .manifest]) }
        if version == "latest", rest == ["user", "current"] {
            return SimulatorRouter.pick(method, ["GET": .currentUser])
        }
        guard let routes = routes(rest, version: version, method: method) else { return nil }
        return SimulatorRouter.pick(method, routes.mapValues { SimulatorRoute.enterprise($0) })
    }

    private func routes(_ rest: [String], version v: String, method: String) -> [String: EnterpriseRoute]? {
        // `/field/{entity|id}` have parameters; everything else is a fixed path.
        if rest.count == 3, rest[0] == "field", rest[1] == "entity" {
            return ["GET": .fields(version: v, entity: rest[2])]
        }
        if rest.count == 2, rest[0] == "field", let id = Int(rest[1]) { return ["GET": .field(version: v, id: id)] }
        switch rest.joined(separator: "/") {
        case "user/current": return ["GET": .currentUser(version: v)]
        case "project": return ["GET": .projects(version: v)]
        case "field/name": return ["GET": .fieldByName(version: v)]
        case "field/fieldtype": return ["GET": .fieldTypes(version: v)]
        case "field":
            switch options.enterprise.fieldUpdate {
            case .accepted: return ["POST": .createField(version: v), "PUT": .updateField(version: v)]
            case .methodNotAllowed: return ["POST": .createField(version: v)]
            case .notFound: return method == "PUT" ? nil : ["POST": .createField(version: v)]
            }
        case "admin/preference": return ["GET": .preference(version: v), "PUT": .replacePreference(version: v)]
        case "admin/preference/item/usage": return ["GET": .optionUsage(version: v)]
        case "simulator/optionusage": return ["POST": .markOptionUsage(version: v)]
        default: return nil
        }
    }
}
