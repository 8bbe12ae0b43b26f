import ZephyrClient
import ZephyrDomain

/// How to reach a server, as the user gave it (flags and environment). The command line fills
/// it; `BackendConnection.open` is the one place that turns it into a client and a backend.
package struct ConnectionSettings: Sendable {
    /// `--server` or `ZEPHYR_URL`: a base URL, or `simulator:PATH` for the embedded simulator.
    package var server: String?
    package var flavor: ServerFlavor
    package var auth: AuthMode?
    package var caCertificate: String?
    package var insecure: Bool
    package var parallelism: Int
    package var verbose: Bool
    /// `--timeout`: how long one request may take.
    package var timeout: Duration
    /// `--retry-budget`: how long one request may keep waiting on a rate-limited server.
    package var retryBudget: Duration

    package init(
        server: String?, flavor: ServerFlavor = .squad, auth: AuthMode? = nil, caCertificate: String? = nil,
        insecure: Bool = false, parallelism: Int = 8, verbose: Bool = false,
        timeout: Duration = .seconds(20), retryBudget: Duration = .seconds(300)
    ) {
        self.server = server
        self.flavor = flavor
        self.auth = auth
        self.caCertificate = caCertificate
        self.insecure = insecure
        self.parallelism = parallelism
        self.verbose = verbose
        self.timeout = timeout
        self.retryBudget = retryBudget
    }
}
