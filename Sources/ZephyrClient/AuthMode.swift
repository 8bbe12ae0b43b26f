/// `--auth`: how to authenticate when the environment alone does not say.
package enum AuthMode: String, Sendable, Hashable, CaseIterable {
    /// `Authorization: Basic` from ZEPHYR_USER and ZEPHYR_PASSWORD.
    case basic
    /// `Authorization: Bearer` from ZEPHYR_TOKEN.
    case bearer
    /// Zephyr Enterprise session cookie, logged in with ZEPHYR_USER and ZEPHYR_PASSWORD.
    case cookie
}
