import Foundation
import ZephyrDomain
import ZephyrTransport

/// How Zephyr Enterprise reports failures (`docs` in shared/docs/zephyr-enterprise-api.md §4).
enum EnterpriseErrors {
    /// A web page instead of JSON: the web UI (or a login page in front of it) answered.
    static func isHTML(_ response: TransportResponse) -> Bool {
        if response.headers["content-type"]?.lowercased().contains("text/html") == true { return true }
        let start = response.body.prefix(64).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return start.first == UInt8(ascii: "<")
    }

    /// The text of a ZE error body: `{"errorMsg", "errorCode"}`; a 401's `{"message": "<JSON>"}`
    /// holding the real message double-encoded; a whole body that is a JSON string; or raw text.
    static func message(in body: Data) -> String {
        guard let json = try? JSONSerialization.jsonObject(with: body, options: .fragmentsAllowed) else {
            return ResponseErrorMapper.serverMessage(in: body)
        }
        return message(of: json, depth: 0) ?? ResponseErrorMapper.serverMessage(in: body)
    }

    private static func message(of json: Any, depth: Int) -> String? {
        // Object → string → object → string covers every double encoding seen; deeper is hostile.
        guard depth < 6 else { return nil }
        if let text = json as? String {
            let inner = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            if let inner, !(inner is String) { return message(of: inner, depth: depth + 1) ?? text }
            return text.isEmpty ? nil : text
        }
        guard let object = json as? [String: Any] else { return nil }
        var text: String?
        for key in ["errorMsg", "message", "error"] where text == nil {
            if let value = object[key] { text = message(of: value, depth: depth + 1) }
        }
        var code: String?
        if let value = object["errorCode"] as? String, !value.isEmpty { code = value }
        if let value = object["errorCode"] as? NSNumber { code = value.stringValue }
        switch (text, code) {
        case (let text?, let code?): return "\(text) (code \(code))"
        case (let text?, nil): return text
        case (nil, let code?): return "code \(code)"
        case (nil, nil): return nil
        }
    }
}

extension ResponseErrorMapper {
    /// ZE's statuses: 400 bad parameter, 403 permission, 404 unknown route only, 410 deprecated,
    /// 417/428 missing parameter, 500 for an unknown id (never read as "absent"), and the
    /// transient "... is locked" at any status.
    func enterpriseError(for response: TransportResponse, of endpoint: Endpoint) -> ZephyrError {
        let operation = endpoint.operation
        if EnterpriseErrors.isHTML(response) { return .webUI(url: url(of: endpoint)) }
        let text = DisplayText.withoutControls(EnterpriseErrors.message(in: response.body))
        if text.lowercased().contains("is locked") { return .locked(operation: operation, message: text) }
        switch response.status {
        case 401: return .unauthorized(server: server)
        case 403: return .forbidden(operation: operation, permission: endpoint.permission)
        case 404: return .enterpriseNotFound(url: url(of: endpoint))
        case 405: return .methodNotAllowed(operation: operation)
        case 410: return .deprecated(url: url(of: endpoint))
        case 429:
            return .rateLimited(
                operation: operation, retryAfterSeconds: response.headers["retry-after"].flatMap { Self.seconds($0) })
        case 500...599:
            // A 503's Retry-After is honoured as a 429's is (RetryPolicy).
            return .serverError(
                operation: operation, status: response.status, message: text,
                retryAfterSeconds: response.headers["retry-after"].flatMap { Self.seconds($0) })
        case 300...399:
            return .invalidResponse(
                operation: operation,
                message:
                    "the server redirected (\(response.status)); check that --server is the Zephyr Enterprise root URL")
        default:
            let reason = text.isEmpty ? "HTTP \(response.status)" : text
            return .badRequest(operation: operation, message: reason)
        }
    }
}
