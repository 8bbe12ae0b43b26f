import Foundation

/// JSON helpers for the ZE handlers.
enum EnterpriseJSON {
    /// `{"errorMsg": ..., "errorCode": ...}`: how ZE reports failures.
    static func error(_ message: String, code: String) -> JSONValue {
        .object([("errorMsg", .string(message)), ("errorCode", .string(code))])
    }

    static func quoted(_ text: String) -> String { JSONValue.string(text).serialized }

    /// A request body as a JSON object, or nil.
    static func object(_ request: SimulatorRequest) -> [String: Any]? {
        guard let data = request.original.body, !data.isEmpty else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// An integer sent as a number or a numeric string, as Jackson reads it.
    static func int(_ value: Any?) -> Int? {
        switch value {
        case let number as NSNumber where !isBoolean(number): number.intValue
        case let text as String: Int(text.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }

    static func bool(_ value: Any?) -> Bool? {
        switch value {
        case let number as NSNumber where isBoolean(number): number.boolValue
        case let text as String: Bool(text.lowercased())
        default: nil
        }
    }

    /// JSON `true`/`false` arrive as NSNumbers of type `c`; numbers as `q` or `d`.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
