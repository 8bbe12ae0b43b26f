import Foundation
import ZephyrTransport

extension ZephyrClient {
    /// Reads credentials from the environment.
    ///
    /// `ZEPHYR_TOKEN` gives Bearer auth; `ZEPHYR_USER` with `ZEPHYR_PASSWORD` gives Basic, or the
    /// Enterprise session cookie when `authMode` is `.cookie`. With no mode a token wins over a
    /// user. Nothing set and no mode gives `.none` (for servers that allow anonymous reads).
    /// Empty variables count as unset. Line breaks around a value (a CI secret saved with a
    /// trailing newline) are trimmed; any other control character is refused without repeating
    /// the value, since it could never be sent in a header and must not reach a message.
    package static func credentials(from environment: [String: String], authMode: AuthMode?) throws(ZephyrError)
        -> Credentials
    {
        let token = try SecretValue.read("ZEPHYR_TOKEN", from: environment)
        let user = try SecretValue.read("ZEPHYR_USER", from: environment)
        let password = try SecretValue.read("ZEPHYR_PASSWORD", from: environment)

        func userAndPassword(for mode: String) throws(ZephyrError) -> (String, String) {
            switch (user, password) {
            case (let user?, let password?): return (user, password)
            case (_?, nil):
                throw .invalidCredentials(message: "ZEPHYR_USER is set but ZEPHYR_PASSWORD is not; \(mode) needs both")
            case (nil, _?):
                throw .invalidCredentials(message: "ZEPHYR_PASSWORD is set but ZEPHYR_USER is not; \(mode) needs both")
            case (nil, nil):
                throw .invalidCredentials(message: "\(mode) needs ZEPHYR_USER and ZEPHYR_PASSWORD")
            }
        }

        switch authMode {
        case .bearer:
            guard let token else { throw .invalidCredentials(message: "--auth bearer needs ZEPHYR_TOKEN") }
            return .bearer(token: token)
        case .basic:
            let (user, password) = try userAndPassword(for: "--auth basic")
            return .basic(user: user, password: password)
        case .cookie:
            let (user, password) = try userAndPassword(for: "--auth cookie")
            return .cookie(user: user, password: password)
        case nil:
            if let token { return .bearer(token: token) }
            if user == nil, password == nil { return .none }
            let (user, password) = try userAndPassword(for: "Basic authentication")
            return .basic(user: user, password: password)
        }
    }

    /// Checks that the server is reachable and accepts the credentials, with one cheap read
    /// (Squad: `GET /rest/api/2/project`; Enterprise: `GET .../user/current`).
    package func checkCredentials() async throws(ZephyrError) {
        let path = configuration.flavor == .enterprise ? APIPath.enterprise + "/user/current" : APIPath.jiraProjects
        _ = try await execute(
            Endpoint(
                "GET", path, operation: "check credentials", permission: Permission.browseProjects,
                repeating: .idempotent))
    }

    /// The auth for credentials that never change during a run; nil for a cookie session.
    static func fixedAuthorization(for credentials: Credentials) -> Result<Authorization, ZephyrError>? {
        switch credentials {
        case .none: .success(.none)
        case .bearer(let token): .success(.bearer(token))
        case .basic(let user, let password):
            Result { () throws(ZephyrError) in try .basic(user: user, password: password) }
        case .cookie: nil
        }
    }

    /// The auth for the next request; logs in first for a cookie session without a token.
    func authorization() async throws(ZephyrError) -> Authorization {
        if let fixedAuthorization { return try fixedAuthorization.get() }
        // Only a cookie session has no fixed authorization.
        guard case .cookie(let user, let password) = configuration.credentials else { return .none }
        let basic = try Authorization.basic(user: user, password: password)
        let token = await session.cookies.token(login: loginAction(basic))
        return .cookie(try token.get())
    }

    func renewedCookie(replacing stale: String) async throws(ZephyrError) -> Authorization {
        guard case .cookie(let user, let password) = configuration.credentials else { return .none }
        let basic = try Authorization.basic(user: user, password: password)
        let token = await session.cookies.renew(replacing: stale, login: loginAction(basic))
        return .cookie(try token.get())
    }

    /// `GET .../manifest` with Basic; the answer's `Set-Cookie: token=...` is the session.
    private func loginAction(_ basic: Authorization) -> CookieSession.Login {
        let client = self
        return {
            let endpoint = Endpoint(
                "GET", APIPath.enterprise + "/manifest", operation: "log in", permission: "a Zephyr user account",
                repeating: .never)
            var request = TransportRequest(
                method: "GET", path: endpoint.path, headers: [("Accept", "application/json")])
            if let header = basic.header { request.headers.append(header) }
            do throws(ZephyrError) {
                let response = try await client.send(request, of: endpoint)
                guard (200..<300).contains(response.status) else {
                    return .failure(client.errors.error(for: response, of: endpoint))
                }
                guard let token = Self.sessionToken(in: response.headers["set-cookie"]) else {
                    return .failure(
                        .invalidResponse(operation: "log in", message: "the server set no \"token\" cookie"))
                }
                return .success(token)
            } catch {
                return .failure(error)
            }
        }
    }

    /// The value of the `token` cookie in a `Set-Cookie` header (several cookies may be joined).
    static func sessionToken(in header: String?) -> String? {
        guard let header else { return nil }
        for piece in header.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            if pair.hasPrefix("token=") {
                let value = String(pair.dropFirst("token=".count))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }
}
