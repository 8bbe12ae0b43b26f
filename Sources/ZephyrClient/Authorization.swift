import Foundation

/// The auth header for one request, and the cookie token it carries (to renew it after a 401).
struct Authorization: Sendable {
    var header: (String, String)?
    var cookieToken: String?

    static let none = Authorization(header: nil, cookieToken: nil)

    static func cookie(_ token: String) -> Authorization {
        Authorization(header: ("Cookie", "token=\(token)"), cookieToken: token)
    }

    /// `Authorization: Basic …`; refuses what Basic cannot carry.
    static func basic(user: String, password: String) throws(ZephyrError) -> Authorization {
        // The servers decode Basic credentials as ASCII only (Zephyr's own documentation says so).
        guard user.allSatisfy(\.isASCII), password.allSatisfy(\.isASCII) else {
            throw .invalidCredentials(
                message:
                    "Basic authentication supports only ASCII user names and passwords; use an API token (ZEPHYR_TOKEN) instead"
            )
        }
        guard !user.contains(":") else {
            throw .invalidCredentials(message: "a user name for Basic authentication cannot contain ':'")
        }
        let encoded = Data("\(user):\(password)".utf8).base64EncodedString()
        return Authorization(header: ("Authorization", "Basic \(encoded)"), cookieToken: nil)
    }

    static func bearer(_ token: String) -> Authorization {
        Authorization(header: ("Authorization", "Bearer \(token)"), cookieToken: nil)
    }
}
