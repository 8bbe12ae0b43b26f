import Foundation
import ZephyrTransport

extension ZephyrSimulator {
    /// The caller, from `Authorization: Basic|Bearer` or (Enterprise only) a session cookie.
    func authenticate(_ request: SimulatorRequest, route: SimulatorRoute) -> SimulatorUser? {
        if let authorization = request.header("Authorization") {
            let parts = authorization.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            switch parts[0].lowercased() {
            case "basic": return SimulatorUser.basic(parts[1])
            case "bearer": return SimulatorUser.bearer(parts[1])
            default: return nil
            }
        }
        if options.flavor == .enterprise, let token = sessionToken(fromCookieHeader: request.header("Cookie")) {
            return sessions.user(token: token, now: now())
        }
        return nil
    }

    func unauthorized() -> HandlerReply {
        let body: JSONValue =
            switch options.flavor {
            case .squad: .error("You are not authenticated. Authentication required to perform this operation.")
            case .enterprise:
                .object([("errorMsg", .string("Authentication failed.")), ("errorCode", .string("101z01"))])
            }
        return HandlerReply(status: 401, body: body, headers: ["WWW-Authenticate": "Basic realm=\"Zephyr simulator\""])
    }

    /// `GET /manifest`: with Basic credentials, opens a session and sets its cookie.
    func manifest(_ request: SimulatorRequest, user: SimulatorUser) -> HandlerReply {
        var reply = HandlerReply.ok(
            .object([
                ("version", .string("8.2.0")), ("buildNumber", .string("simulator")),
            ]))
        let usedBasic = request.header("Authorization")?.lowercased().hasPrefix("basic ") ?? false
        if usedBasic {
            let lifetime = options.sessionLifetimeSeconds
            let token = sessions.open(for: user, now: now(), lifetimeSeconds: lifetime)
            reply.headers["Set-Cookie"] = "token=\(token); Max-Age=\(lifetime); Path=/; HttpOnly"
        }
        return reply
    }

    /// `GET /user/current`: who the credentials belong to.
    func currentUser(_ user: SimulatorUser) -> HandlerReply {
        .ok(
            .object([
                ("id", .int(user.isAdmin ? 1 : 2)),
                ("username", .string(user.name)),
                ("firstName", .string(user.name.capitalized)),
                ("lastName", .string("User")),
                ("email", .string("\(user.name)@example.com")),
                ("active", .bool(true)),
                ("roles", .array([.object([("name", .string(user.isAdmin ? "System Administrator" : "Tester"))])])),
            ]))
    }
}
