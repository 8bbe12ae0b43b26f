import Foundation

/// What a YAML node holds, read with YAML 1.2 core schema rules (not YAML 1.1: `yes`, `on` and
/// `0777` are text here), so messages can say what was found and the loader never guesses.
enum ScalarKind: Equatable {
    case string(String)
    case integer(Int?, String)  // nil: a number too large for Int
    case float(String)
    case boolean(Bool, String)
    case null
    case tagged(String)  // an explicit tag such as !!int, which we do not interpret

    init(_ scalar: YAMLNode.Scalar) {
        let text = scalar.string
        let tag = scalar.tag
        if !(tag.isEmpty || tag == "!" || tag == "tag:yaml.org,2002:str") {
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
        // Most scalars are names and keys: text starting with a letter is never a number. (This
        // runs for every scalar of every file, so it stays hand-written and allocation-free.)
        if let first = text.utf8.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") {
            return .string(text)
        }
        if let first = text.unicodeScalars.first, first.properties.isAlphabetic { return .string(text) }
        let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        if !unsigned.isEmpty, unsigned.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) {
            return .integer(Int(text), text)
        }
        if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16) { return .integer(value, text) }
        if text.hasPrefix("0o"), let value = Int(text.dropFirst(2), radix: 8) { return .integer(value, text) }
        if isFloat(unsigned) { return .float(text) }
        return .string(text)
    }

    /// YAML 1.2 core floats: `1.5`, `.5`, `1e3`, `1.`, `.inf`, `.nan` (sign already removed).
    private static func isFloat(_ text: Substring) -> Bool {
        if [".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"].contains(text) { return true }
        var mantissa = text
        var exponent: Substring?
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = text[text.index(after: e)...]
        }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.allSatisfy(isDigits), parts.contains(where: { !$0.isEmpty }),
            parts.count == 2 || exponent != nil
        else { return false }
        guard var power = exponent else { return true }
        if power.first == "-" || power.first == "+" { power = power.dropFirst() }
        return !power.isEmpty && isDigits(power)
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

extension YAMLNode {
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
