import Foundation
import ZephyrDomain

/// How the client proves who it is. Secrets are never printed: `description` redacts them.
package enum Credentials: Sendable, Hashable, CustomStringConvertible {
    case none
    case basic(user: String, password: String)
    case bearer(token: String)
    /// Enterprise session: log in with Basic at `GET .../manifest`, then send `Cookie: token=...`.
    case cookie(user: String, password: String)

    package var description: String {
        switch self {
        case .none: "no credentials"
        case .basic(let user, _): "Basic auth as \(user)"
        case .bearer: "Bearer token"
        case .cookie(let user, _): "session cookie as \(user)"
        }
    }
}

/// Everything a `ZephyrClient` needs besides its transport.
package struct ClientConfiguration: Sendable {
    /// The server as the user gave it (for messages), e.g. `https://jira.example.com`.
    package var serverDescription: String
    package var flavor: ServerFlavor
    package var credentials: Credentials
    /// At most this many requests in flight at once.
    package var parallelism: Int
    /// Retries for idempotent requests (reads, updates, deletes of known ids).
    package var maxRetries: Int
    /// First backoff delay; doubles each retry, with jitter.
    package var initialBackoff: Duration
    /// Upper bound for one backoff, including `Retry-After`.
    package var maxBackoff: Duration
    /// `--retry-budget`: how long one request may keep waiting on a rate-limited server.
    package var retryBudget: Duration
    /// `--timeout`: how long one request may take; the transport enforces it, messages name it.
    package var requestTimeout: Duration
    /// `--verbose`: trace each request (Authorization and cookies redacted) to standard error.
    package var verbose: Bool

    package init(
        serverDescription: String, flavor: ServerFlavor = .squad, credentials: Credentials = .none,
        parallelism: Int = 8, maxRetries: Int = 4, initialBackoff: Duration = .milliseconds(200),
        maxBackoff: Duration = .seconds(10), retryBudget: Duration = .seconds(300),
        requestTimeout: Duration = .seconds(20), verbose: Bool = false
    ) {
        self.serverDescription = serverDescription
        self.flavor = flavor
        self.credentials = credentials
        self.parallelism = parallelism
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.retryBudget = retryBudget
        self.requestTimeout = requestTimeout
        self.verbose = verbose
    }
}
