import Foundation

/// A user of the simulated server. The users are fixed, so tests and docs can rely on them.
///
/// | user | password | token | rights |
/// |---|---|---|---|
/// | `admin` | `admin` | `admin-token` | Jira administrator |
/// | `viewer` | `viewer` | `viewer-token` | none: reads lists, gets 403 on changes |
package struct SimulatorUser: Sendable, Equatable {
    package let name: String
    package let password: String
    /// The personal access token accepted as `Authorization: Bearer`.
    package let token: String
    package let isAdmin: Bool

    package static let admin = SimulatorUser(name: "admin", password: "admin", token: "admin-token", isAdmin: true)
    package static let viewer = SimulatorUser(name: "viewer", password: "viewer", token: "viewer-token", isAdmin: false)
    package static let all: [SimulatorUser] = [.admin, .viewer]

    /// The user named by a `Basic` credential, when the password matches.
    static func basic(_ encoded: String) -> SimulatorUser? {
        guard let data = Data(base64Encoded: encoded.trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        let name = String(text[..<colon])
        let password = String(text[text.index(after: colon)...])
        return all.first { $0.name == name && $0.password == password }
    }

    static func bearer(_ token: String) -> SimulatorUser? {
        all.first { $0.token == token.trimmingCharacters(in: .whitespaces) }
    }
}

/// Enterprise session cookies handed out by `GET /manifest`.
struct SessionTable: Sendable {
    private var sessions: [String: (user: SimulatorUser, expires: Date)] = [:]

    /// Starts a session and returns its token.
    mutating func open(for user: SimulatorUser, now: Date, lifetimeSeconds: Int) -> String {
        sessions = sessions.filter { $0.value.expires > now }
        let token = UUID().uuidString.lowercased()
        sessions[token] = (user, now.addingTimeInterval(TimeInterval(lifetimeSeconds)))
        return token
    }

    /// The user of a live session; nil once it expired.
    func user(token: String, now: Date) -> SimulatorUser? {
        guard let session = sessions[token], session.expires > now else { return nil }
        return session.user
    }
}

/// Parses `Cookie: a=b; token=xyz` for the `token` cookie.
func sessionToken(fromCookieHeader header: String?) -> String? {
    guard let header else { return nil }
    for pair in header.split(separator: ";") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "token" {
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
    }
    return nil
}
