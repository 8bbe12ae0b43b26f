import Foundation
import Yams

/// What a YAML node holds, read with YAML 1.2 core schema rules (not YAML 1.1: `yes`, `on` and
/// `0777` are text here), so messages can say what was found and the loader never guesses.
enum ScalarKind: Equatable {
    case string(String)
    case integer(Int?, String)      // nil: a number too large for Int
    case float(String)
    case boolean(Bool, String)
    case null
    case tagged(String)     // an explicit tag such as !!int, which we do not interpret

    init(_ scalar: Node.Scalar) {
        let text = scalar.string
        let tag = scalar.tag.description
        if !["", "!", Tag.Name.str.rawValue].contains(tag) {
            self = .tagged(tag)
        } else if scalar.style != .plain && scalar.style != .any {
            self = .string(text)
        } else {
            self = Self.plain(text)
        }
    }

    private static func plain(_ text: String) -> ScalarKind {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .boolean(true, text)
        case "false", "False", "FALSE": return .boolean(false, text)
        default: break
        }
        if text.wholeMatch(of: /[-+]?[0-9]+/) != nil { return .integer(Int(text), text) }
        if let hex = text.wholeMatch(of: /0x([0-9a-fA-F]+)/) { return .integer(Int(hex.1, radix: 16), text) }
        if let octal = text.wholeMatch(of: /0o([0-7]+)/) { return .integer(Int(octal.1, radix: 8), text) }
        if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil
            || text.wholeMatch(of: /[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)/) != nil {
            return .float(text)
        }
        return .string(text)
    }

    /// Whether quoting the text would make it a string: numbers and booleans.
    var wantsQuotes: Bool {
        switch self {
        case .integer, .float, .boolean: true
        default: false
        }
    }

    /// "a number (42)", for messages saying what was found instead of what was expected.
    var found: String {
        switch self {
        case .string(let text): "text \"\(text.count > 40 ? text.prefix(40) + "…" : text)\""
        case .integer(_, let text): "a number (\(text))"
        case .float(let text): "a number (\(text))"
        case .boolean(_, let text): "a boolean (\(text))"
        case .null: "nothing (null)"
        case .tagged(let tag): "a value tagged \(tag) (YAML tags are not supported)"
        }
    }
}

extension Node {
    /// What this node is, in the words messages use.
    var found: String {
        switch self {
        case .scalar(let scalar): ScalarKind(scalar).found
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
