/// Matches requests to endpoints, taking the server variation into account: the flavor picks
/// the API family, the enable verb and bulk-delete switches mimic older builds.
struct SimulatorRouter: Sendable {
    let options: SimulatorOptions

    func match(_ request: SimulatorRequest) -> RouteMatch {
        let segments = request.segments
        let method = request.method
        let notFound = RouteMatch.notFound(method: method, path: request.path)
        let resolved: RouteMatch? =
            switch options.flavor {
            case .squad:
                if let rest = SimulatorRouter.strip(SimulatorRoute.squadBase, from: segments) {
                    matchSquad(rest, method: method)
                } else if let rest = SimulatorRouter.strip(SimulatorRoute.jiraBase, from: segments) {
                    matchJira(rest, method: method)
                } else {
                    nil
                }
            case .enterprise:
                SimulatorRouter.strip(SimulatorRoute.enterpriseBase, from: segments)
                    .flatMap { matchEnterprise($0, method: method) }
            }
        return resolved ?? notFound
    }

    private static func strip(_ base: String, from segments: [String]) -> [String]? {
        let prefix = base.split(separator: "/").map(String.init)
        guard segments.count >= prefix.count, Array(segments.prefix(prefix.count)) == prefix else { return nil }
        return Array(segments.dropFirst(prefix.count))
    }

    /// Picks the route for `method` among those a path offers; 405 for the others.
    private static func pick(_ method: String, _ routes: [String: SimulatorRoute]) -> RouteMatch? {
        guard let any = routes.values.first else { return nil }
        if let route = routes[method] { return .found(route, method: method) }
        return .methodNotAllowed(pathTemplate: any.pathTemplate, method: method, allowed: routes.keys.sorted())
    }

    private func matchSquad(_ rest: [String], method: String) -> RouteMatch? {
        switch rest.count {
        case 1:
            switch rest[0] {
            case "create": return Self.pick(method, ["POST": .createField])
            case "entity": return Self.pick(method, ["GET": .listFields])
            case "byEntityTypeAndProject": return Self.pick(method, ["GET": .listEnabledFields])
            case "globalCustomFieldsByEntityTypeAndProject": return Self.pick(method, ["GET": .listProjectFieldStates])
            case "metadata": return Self.pick(method, ["GET": .metadata])
            case "delete-customfields" where options.bulkDeleteAvailable:
                return Self.pick(method, ["DELETE": .bulkDelete])
            default:
                guard let id = Int(rest[0]) else { return nil }
                return Self.pick(
                    method, ["GET": .getField(id: id), "PUT": .updateField(id: id), "DELETE": .deleteField(id: id)])
            }
        case 2:
            if rest[0] == "customfieldOption" {
                guard let id = Int(rest[1]) else { return nil }
                return Self.pick(method, ["PUT": .renameOption(id: id), "DELETE": .deleteOption(id: id)])
            }
            guard let fieldId = Int(rest[0]) else { return nil }
            if rest[1] == "customfieldOption" {
                return Self.pick(method, ["POST": .addOption(fieldId: fieldId)])
            }
            return Self.pick(method, [options.enableVerb.method: .setEnabled(fieldId: fieldId, projectId: rest[1])])
        default:
            return nil
        }
    }

    private func matchJira(_ rest: [String], method: String) -> RouteMatch? {
        guard rest.first == "project" else { return nil }
        switch rest.count {
        case 1: return Self.pick(method, ["GET": .jiraProjects])
        case 2: return Self.pick(method, ["GET": .jiraProject(idOrKey: rest[1])])
        default: return nil
        }
    }

    private func matchEnterprise(_ rest: [String], method: String) -> RouteMatch? {
        switch rest {
        case ["manifest"]: Self.pick(method, ["GET": .manifest])
        case ["user", "current"]: Self.pick(method, ["GET": .currentUser])
        default: nil
        }
    }
}
