import Foundation

/// Every way a call to Zephyr can fail, with the names and values a person needs to act.
package enum ZephyrError: Error, LocalizedError, Sendable, Equatable {
    /// 400 with the server's `{"error": ...}` text.
    case badRequest(operation: String, message: String)
    /// 400 whose text says the object does not exist (Zephyr answers 400, not 404).
    case notFound(operation: String, message: String)
    case unauthorized(server: String)
    /// 401 when no credentials were given at all.
    case noCredentials(server: String)
    /// 403; `permission` names what is needed ("Jira administrator", "project administrator of WEB").
    case forbidden(operation: String, permission: String)
    /// 404: the URL does not lead to a Zephyr API (wrong base URL or plugin missing).
    case wrongBaseURL(url: String)
    case methodNotAllowed(operation: String)
    case rateLimited(operation: String, retryAfterSeconds: Double?)
    /// 5xx; `retryAfterSeconds` is the server's `Retry-After` (a 503 may send one).
    case serverError(operation: String, status: Int, message: String, retryAfterSeconds: Double? = nil)
    /// No answer within `--timeout` seconds (after one more try).
    case timeout(operation: String, server: String, seconds: Int)
    /// The connection closed before a response arrived: the request may or may not have taken effect.
    case connectionDropped(operation: String)
    case connectionRefused(server: String)
    case dnsFailure(host: String)
    case tlsFailure(server: String, message: String)
    /// `--ca-cert FILE` that cannot be used.
    case unreadableCACertificate(path: String, reason: String)
    case invalidResponse(operation: String, message: String)
    /// Credentials that cannot be sent (non-ASCII Basic credentials, missing password).
    case invalidCredentials(message: String)
    /// `--server` is not an http(s) URL this tool can use.
    case invalidServerURL(url: String, reason: String)
    /// A failure below HTTP that fits no other case (cancellation, an unexpected library error).
    /// Treated as ambiguous: the request may have reached the server.
    case transportFailure(operation: String, message: String)
    /// Zephyr Enterprise answered with an HTML page: `--server` points at its web UI.
    case webUI(url: String)
    /// Zephyr Enterprise's "... is locked. Please try again later.": transient, not executed.
    case locked(operation: String, message: String)
    /// Zephyr Enterprise answered 410: the API version the call uses was retired.
    case deprecated(url: String)
    /// Zephyr Enterprise answered 404 (an unknown route, with an empty body).
    case enterpriseNotFound(url: String)

    /// True when the request may have taken effect although no success was seen. For a
    /// non-idempotent call the caller must re-read the server before trying again.
    package var isAmbiguous: Bool {
        switch self {
        case .timeout, .connectionDropped, .serverError, .transportFailure: true
        default: false
        }
    }

    package var errorDescription: String? {
        switch self {
        case .badRequest(let operation, let message):
            "\(operation) was refused by the server: \(message)"
        case .notFound(let operation, let message):
            "\(operation) failed because the object does not exist on the server: \(message)"
        case .noCredentials(let server):
            "\(server) requires signing in and no credentials were given; set ZEPHYR_TOKEN (a personal access token), or ZEPHYR_USER and ZEPHYR_PASSWORD."
        case .unauthorized(let server):
            "\(server) rejected the credentials (401); check ZEPHYR_TOKEN or ZEPHYR_USER and ZEPHYR_PASSWORD."
        case .forbidden(let operation, let permission):
            "\(operation) was forbidden (403); the user needs \(permission)."
        case .wrongBaseURL(let url):
            "\(url) was not found (404); check that --server points at the Jira base URL and that Zephyr Squad is installed."
        case .methodNotAllowed(let operation):
            "\(operation) is not supported by this server (405)."
        case .rateLimited(let operation, let retryAfter):
            "\(operation) was rate limited (429)\(retryAfter.flatMap { $0.isFinite ? "; the server asked to wait \(Int(min(max($0, 0), 1e9).rounded(.up))) s" : nil } ?? "")."
        case .serverError(let operation, let status, let message, _):
            "\(operation) failed with a server error (\(status))\(message.isEmpty ? "" : ": \(message)")."
        case .timeout(let operation, let server, let seconds):
            "the server at \(server) did not answer within \(seconds) s (\(operation)); check that it is up and reachable, or allow more time with --timeout."
        case .connectionDropped(let operation):
            "\(operation) lost its connection before the server answered."
        case .connectionRefused(let server):
            "could not connect to \(server): connection refused; is the server running and the port right?"
        case .dnsFailure(let host):
            "could not resolve host \(host); check the server URL."
        case .unreadableCACertificate(let path, let reason):
            "cannot use the CA certificate file \(path): \(reason); pass a PEM file of the CA that signed the server's certificate with --ca-cert."
        case .tlsFailure(let server, let message):
            "TLS handshake with \(server) failed: \(message); use --ca-cert for a private CA."
        case .invalidResponse(let operation, let message):
            "\(operation) returned a response this tool cannot read: \(message)"
        case .invalidCredentials(let message):
            "\(message)"
        case .invalidServerURL(let url, let reason):
            "the server URL \"\(url)\" cannot be used: \(reason)"
        case .transportFailure(let operation, let message):
            "\(operation) failed before the server answered: \(message)"
        case .webUI(let url):
            "\(url) answered with a web page: the URL points at Zephyr's web UI, not its API; use the server's root URL as --server (the tool adds /flex/services/rest itself)."
        case .locked(let operation, let message):
            "\(operation) was refused because the object is locked (\(message)); wait for the other change to finish and run the command again."
        case .deprecated(let url):
            "\(url) is an API this Zephyr Enterprise server has retired (410); use a zephyr-fields version that supports this server's release."
        case .enterpriseNotFound(let url):
            "\(url) was not found (404); check that --server is the Zephyr Enterprise root URL, without /flex/services/rest."
        }
    }
}
