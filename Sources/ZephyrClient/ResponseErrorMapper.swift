import Foundation
import ZephyrDomain
import ZephyrTransport

/// Turns an unsuccessful status or a transport failure into the `ZephyrError` a person can act on.
struct ResponseErrorMapper: Sendable {
    /// The server as the user wrote it, for messages.
    var server: String
    /// The per-request timeout, named when a server does not answer in time.
    var timeout: Duration = .seconds(20)
    /// False when the environment named nobody: a 401 then says how to give credentials.
    var credentialsGiven = true

    func error(for response: TransportResponse, of endpoint: Endpoint) -> ZephyrError {
        if endpoint.path.hasPrefix(EnterprisePath.root + "/") {
            return enterpriseError(for: response, of: endpoint)
        }
        let operation = endpoint.operation
        // Server text: escaped so it cannot drive the terminal the message is printed on.
        let text = DisplayText.withoutControls(Self.serverMessage(in: response.body))
        let retryAfter = response.headers["retry-after"].flatMap { Self.seconds($0) }
        switch response.status {
        case 400:
            // Zephyr answers 400, not 404, for ids that do not exist.
            let lowered = text.lowercased()
            if lowered.contains("not found") || lowered.contains("does not exist") {
                return .notFound(operation: operation, message: text)
            }
            return .badRequest(operation: operation, message: text.isEmpty ? "400 Bad Request" : text)
        case 401:
            return credentialsGiven ? .unauthorized(server: server) : .noCredentials(server: server)
        case 403:
            return .forbidden(operation: operation, permission: endpoint.permission)
        case 404:
            return .wrongBaseURL(url: url(of: endpoint))
        case 405:
            return .methodNotAllowed(operation: operation)
        case 429:
            return .rateLimited(operation: operation, retryAfterSeconds: retryAfter)
        case 500...599:
            return .serverError(
                operation: operation, status: response.status, message: text, retryAfterSeconds: retryAfter)
        case 300...399:
            let target = response.headers["location"].map { " to \(DisplayText.withoutControls($0))" } ?? ""
            return .invalidResponse(
                operation: operation,
                message: "the server redirected (\(response.status))\(target); check that --server is the Jira base URL"
            )
        default:
            return .badRequest(
                operation: operation, message: "HTTP \(response.status)\(text.isEmpty ? "" : ": \(text)")")
        }
    }

    func error(for failure: any Error, of endpoint: Endpoint) -> ZephyrError {
        let operation = endpoint.operation
        guard let failure = failure as? TransportError else {
            if failure is CancellationError {
                return .transportFailure(operation: operation, message: "cancelled")
            }
            // Never the error's own text: a transport's error may carry header values.
            return .transportFailure(operation: operation, message: TransportErrorClassifier.unexpectedFailure)
        }
        switch failure {
        case .timeout:
            let seconds = Int(RetryPolicy.seconds(timeout).rounded(.up))
            return .timeout(operation: operation, server: server, seconds: seconds)
        case .connectionClosed: return .connectionDropped(operation: operation)
        case .connectionRefused: return .connectionRefused(server: server)
        case .dnsFailure(let host): return .dnsFailure(host: host)
        case .tls(let message): return .tlsFailure(server: server, message: message)
        case .other(let message): return .transportFailure(operation: operation, message: message)
        }
    }

    func url(of endpoint: Endpoint) -> String {
        let base = server.hasSuffix("/") ? String(server.dropLast()) : server
        let path = endpoint.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? endpoint.path
        return base + path
    }

    /// The human text of an error body: Squad `{"error"}`, Enterprise `{"errorMsg"}`, Jira
    /// `{"errorMessages":[...], "errors":{...}}`, or the raw body when it is not JSON.
    static func serverMessage(in body: Data) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            let raw = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return raw.count > 300 ? String(raw.prefix(300)) + "…" : raw
        }
        var parts: [String] = []
        for key in ["error", "errorMsg", "message"] {
            if let text = object[key] as? String, !text.isEmpty { parts.append(text) }
        }
        if let messages = object["errorMessages"] as? [String] { parts += messages }
        if let errors = object["errors"] as? [String: Any] {
            parts += errors.keys.sorted().map { "\($0): \(errors[$0].map { "\($0)" } ?? "")" }
        }
        if let code = object["errorCode"] { parts.append("(code \(code))") }
        return parts.joined(separator: "; ")
    }

    /// The longest `Retry-After` believed; longer asks are read as this (the retry policy caps
    /// the wait further).
    static let maxRetryAfterSeconds = 3600.0

    /// `Retry-After` in seconds, given as seconds or as an HTTP-date (a date in the past is 0).
    ///
    /// The header comes from the server, so it is validated like any input: `inf`, `nan`,
    /// negative or absurd values must never reach a `Duration` conversion (that traps).
    static func seconds(_ header: String, now: Date = Date()) -> Double? {
        let text = header.trimmingCharacters(in: .whitespaces)
        if let value = Double(text) {
            guard value.isFinite, value >= 0 else { return nil }
            return min(value, maxRetryAfterSeconds)
        }
        guard let date = httpDate().date(from: text) else { return nil }
        return min(max(0, date.timeIntervalSince(now)), maxRetryAfterSeconds)
    }

    /// RFC 9110's IMF-fixdate, e.g. `Wed, 21 Oct 2015 07:28:00 GMT`. A new formatter per use:
    /// concurrent 429s parse at once, and the date form is rare.
    private static func httpDate() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        formatter.isLenient = false
        return formatter
    }
}
