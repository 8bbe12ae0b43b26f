import Foundation

/// A JSON document with ordered object keys.
///
/// The simulator writes its own JSON because key order matters here: list responses sort
/// `customFieldOptionValues` by id while create responses don't, and `JSONSerialization`
/// can express neither.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized == rhs.serialized
    }

    /// Compact UTF-8 JSON.
    var data: Data { Data(serialized.utf8) }

    var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                JSONValue.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSONValue {
    /// `{"error": message}`: how ZAPI reports every failure.
    static func error(_ message: String) -> JSONValue { .object([("error", .string(message))]) }
    /// `{"message": message}`: how ZAPI reports a successful delete or enable.
    static func message(_ message: String) -> JSONValue { .object([("message", .string(message))]) }
    static func optionalString(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
}
