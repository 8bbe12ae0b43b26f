import Foundation
import ZephyrTransport

/// A transport request split into the parts the handlers read.
struct SimulatorRequest: Sendable {
    let method: String
    /// Path without the query, percent-decoded segments kept as sent.
    let path: String
    let query: [String: String]
    let original: TransportRequest

    init(_ request: TransportRequest) {
        original = request
        method = request.method.uppercased()
        let parts = request.path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = parts.first.map(String.init) ?? "/"
        var query: [String: String] = [:]
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") {
                let keyValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = String(keyValue[0]).removingPercentEncoding ?? String(keyValue[0])
                let raw = keyValue.count > 1 ? String(keyValue[1]) : ""
                // Keep the first value, as servlet getParameter does.
                if query[key] == nil {
                    query[key] = raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? raw
                }
            }
        }
        self.query = query
    }

    /// The path split on `/`, each segment percent-decoded.
    var segments: [String] {
        path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
    }

    func header(_ name: String) -> String? { original.header(name) }

    /// The body as a JSON object, or nil when it is missing or not a JSON object.
    func jsonObject() -> JSONBody? {
        guard let data = original.body, !data.isEmpty,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return JSONBody(object)
    }
}

/// Typed reads of a parsed JSON request body, lenient the way Jackson is (numbers as strings).
struct JSONBody {
    private let object: [String: Any]

    init(_ object: [String: Any]) { self.object = object }

    func has(_ key: String) -> Bool { object[key] != nil && !(object[key] is NSNull) }

    /// A string member; numbers are converted, null and absence give nil.
    func string(_ key: String) -> String? {
        JSONBody.text(object[key])
    }

    /// An array member's items as strings, or nil when the member is not an array.
    func strings(_ key: String) -> [String?]? {
        guard let items = object[key] as? [Any] else { return nil }
        return items.map(JSONBody.text)
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        // Ids may come as numbers; booleans are not read from bodies, so no Bool case.
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
