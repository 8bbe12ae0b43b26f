import Foundation

/// `--server` as the user gave it, split into what to connect to, what to authenticate with and
/// what may be printed.
///
/// A URL may carry credentials as `https://user:password@host`. As curl does, they are sent as
/// Basic authentication (percent-decoded), and only when nothing else names credentials: the
/// environment (`ZEPHYR_TOKEN`, `ZEPHYR_USER`, `ZEPHYR_PASSWORD`) plays the part of curl's `-u`
/// and wins. The credentials are never part of `display`, the only form used in messages.
package struct ServerAddress: Sendable, Hashable {
    /// The URL to connect to, without credentials.
    package let baseURL: String
    /// The URL for messages and saved files: the same as `baseURL`, never with credentials.
    package var display: String { baseURL }
    package let host: String
    let scheme: String
    let user: String?
    let password: String?

    package init(parsing text: String) throws(ZephyrError) {
        let (redacted, userInfo) = Self.split(text.trimmingCharacters(in: .whitespaces))
        // Only the redacted form is ever repeated in an error.
        guard let url = URLComponents(string: redacted), let scheme = url.scheme?.lowercased() else {
            throw .invalidServerURL(url: redacted, reason: "expected a URL like https://jira.example.com")
        }
        guard scheme == "http" || scheme == "https" else {
            throw .invalidServerURL(url: redacted, reason: "the scheme must be http or https, not \(scheme)")
        }
        guard let host = url.host, !host.isEmpty else {
            throw .invalidServerURL(url: redacted, reason: "the URL has no host")
        }
        guard url.query == nil, url.fragment == nil else {
            throw .invalidServerURL(url: redacted, reason: "give the base URL without a query or fragment")
        }
        baseURL = redacted
        self.host = host
        self.scheme = scheme
        if let userInfo {
            let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let user = parts[0].removingPercentEncoding,
                let password = (parts.count > 1 ? parts[1] : "").removingPercentEncoding,
                !(user + password).unicodeScalars.contains(where: SecretValue.isControl)
            else {
                throw .invalidServerURL(
                    url: redacted, reason: "the user name or password in it is not valid percent-encoded text")
            }
            self.user = user.isEmpty ? nil : user
            self.password = parts.count > 1 ? password : nil
        } else {
            user = nil
            password = nil
        }
    }

    /// The credentials to use: the environment's when it names any (or `--auth bearer` asks
    /// for a token), else those in the URL.
    package func credentials(from environment: [String: String], authMode: AuthMode?) throws(ZephyrError) -> Credentials
    {
        guard let user, authMode != .bearer, try ZephyrClient.credentials(from: environment, authMode: nil) == .none
        else {
            return try ZephyrClient.credentials(from: environment, authMode: authMode)
        }
        guard let password else {
            throw .invalidCredentials(
                message:
                    "the --server URL names a user but no password; add it as user:password@, or set ZEPHYR_USER and ZEPHYR_PASSWORD"
            )
        }
        return authMode == .cookie ? .cookie(user: user, password: password) : .basic(user: user, password: password)
    }

    /// Refuses credentials over plain `http://` to another machine (anyone on the path reads
    /// them) unless `insecure`; returns the warnings to print when `insecure` is given.
    package func securityWarnings(credentials: Credentials, insecure: Bool) throws(ZephyrError) -> [String] {
        if scheme == "http", credentials != .none, !isLoopback, !insecure {
            throw .invalidServerURL(
                url: display,
                reason:
                    "it is plain http, so the credentials would cross the network unencrypted; use https://, or pass --insecure to allow it"
            )
        }
        guard insecure else { return [] }
        return [
            "warning: --insecure: the server's TLS certificate is not verified and credentials may travel over plain http; use it only for testing."
        ]
    }

    /// `localhost`, `127.0.0.0/8` or `::1`: traffic that never leaves the machine.
    package var isLoopback: Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }

    /// Splits `scheme://user:password@host/...` into the URL without `user:password@` and the
    /// user information. Done by hand, not by a URL parser, so that even a URL no parser
    /// accepts can be repeated in an error without its password.
    static func split(_ text: String) -> (redacted: String, userInfo: String?) {
        guard let schemeEnd = text.range(of: "://") else {
            // No authority part: `user:pass@host` without a scheme is still refused without the password.
            guard let at = text.lastIndex(of: "@") else { return (text, nil) }
            return (String(text[text.index(after: at)...]), String(text[..<at]))
        }
        let authorityStart = schemeEnd.upperBound
        let authorityEnd = text[authorityStart...].firstIndex { "/?#".contains($0) } ?? text.endIndex
        guard let at = text[authorityStart..<authorityEnd].lastIndex(of: "@") else { return (text, nil) }
        let redacted = String(text[..<authorityStart]) + String(text[text.index(after: at)...])
        return (redacted, String(text[authorityStart..<at]))
    }

    /// `text` with any `user:password@` removed, for messages about a URL that was not parsed.
    package static func redacted(_ text: String) -> String {
        split(text).redacted
    }
}
