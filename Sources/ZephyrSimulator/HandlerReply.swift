import Foundation
import ZephyrTransport

/// A handler's answer before it becomes a `TransportResponse`.
struct HandlerReply: Sendable {
    var status: Int
    var body: JSONValue
    var headers: [String: String] = [:]
    /// A body that is not JSON (ZE's empty 204/404 bodies, its web UI's HTML), sent instead of `body`.
    var raw: (contentType: String?, body: Data)?

    static func ok(_ body: JSONValue) -> HandlerReply { HandlerReply(status: 200, body: body) }
    static func badRequest(_ message: String) -> HandlerReply { HandlerReply(status: 400, body: .error(message)) }
    static let notJSON = badRequest("The request body is not a JSON object.")

    var transportResponse: TransportResponse {
        var all = headers
        if let raw {
            all["Content-Type"] = raw.contentType
            return TransportResponse(status: status, headers: all, body: raw.body)
        }
        all["Content-Type"] = "application/json;charset=UTF-8"
        return TransportResponse(status: status, headers: all, body: body.data)
    }
}
