/// Which Zephyr product the server runs.
package enum ServerFlavor: String, Sendable, Hashable, CaseIterable, Codable {
    /// Zephyr Squad Server / Data Center (ZAPI under `/rest/zapi/latest`).
    case squad
    /// Zephyr Enterprise (`/flex/services/rest/latest`).
    case enterprise
}
