import Foundation
import ZephyrClient
import ZephyrTransport

@testable import ZephyrSimulator

/// Sends requests to a simulator the way the real client would, and decodes the answers.
struct TestClient {
    static let squad = "/rest/zapi/latest/customfield"
    static let adminBasic = "Basic " + Data("admin:admin".utf8).base64EncodedString()
    static let viewerBasic = "Basic " + Data("viewer:viewer".utf8).base64EncodedString()

    let simulator: ZephyrSimulator
    var authorization: String? = TestClient.adminBasic

    /// `path` starting with `/` is absolute; otherwise it is under the ZAPI customfield base.
    func call(_ method: String, _ path: String, json: String? = nil, headers: [(String, String)] = []) async -> Reply {
        let full = path.hasPrefix("/") ? path : "\(TestClient.squad)/\(path)"
        var all = headers
        if let authorization { all.append(("Authorization", authorization)) }
        if json != nil { all.append(("Content-Type", "application/json")) }
        let request = TransportRequest(method: method, path: full, headers: all, body: json.map { Data($0.utf8) })
        switch await simulator.handle(request) {
        case .response(let response): return Reply(response: response)
        case .dropAfterCommit: return Reply(response: nil)
        }
    }

    /// Creates a field through `/create` and returns its id.
    @discardableResult
    func create(_ name: String, entity: String = "EXECUTION", type: String = "TEXT", options: [String] = []) async
        -> Int
    {
        let optionList = options.map { "\"\($0)\"" }.joined(separator: ",")
        let reply = await call(
            "POST", "create",
            json: """
                {"name":"\(name)","description":"","fieldType":"\(type)","entityType":"\(entity)","isActive":true,"fieldOptions":[\(optionList)]}
                """)
        return (reply.object["id"] as? Int) ?? -1
    }
}

/// One answer, with its body decoded for assertions.
struct Reply {
    let response: TransportResponse?

    var status: Int { response?.status ?? -1 }
    var dropped: Bool { response == nil }
    var text: String { response.map { String(decoding: $0.body, as: UTF8.self) } ?? "" }
    var json: Any? { response.flatMap { try? JSONSerialization.jsonObject(with: $0.body, options: .fragmentsAllowed) } }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
    var error: String { object["error"] as? String ?? "" }
    var message: String { object["message"] as? String ?? "" }
    func header(_ name: String) -> String? { response?.headers[name.lowercased()] }
    /// Names of the fields in an array response.
    var names: [String] { array.compactMap { $0["name"] as? String } }
}
