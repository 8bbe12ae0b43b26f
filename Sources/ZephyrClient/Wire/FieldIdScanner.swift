import Foundation

/// Reads the ids of a field list, `[{"id": 12, ...}, ...]`, without decoding the fields.
///
/// A plan reads one such list per project and entity (2,000 of a 1,000-project plan's 2,003
/// requests), and `JSONDecoder` spent most of its time there building a keyed container of
/// every field's keys to take one of them. This walks the bytes once, checking the JSON
/// grammar on the way. It answers only for the plain shape (integer ids, one per object, keys
/// without escapes) and returns nil for anything else, malformed or merely unusual, so that
/// `JSONDecoder` decides those cases with its own rules and errors: whatever this accepts,
/// `JSONDecoder` reads the same way.
struct FieldIdScanner {
    /// Deeper nesting goes to `JSONDecoder`, which has its own limit; no field list comes close.
    static let maxDepth = 32

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    private init(_ data: Data) {
        bytes = Array(data)
    }

    /// The ids in list order, or nil when `JSONDecoder` must decide.
    static func ids(in data: Data) -> [Int]? {
        var scanner = FieldIdScanner(data)
        var ids: [Int] = []
        let complete =
            scanner.take("[") && scanner.elements(closedBy: "]") { scanner in scanner.fieldId().map { ids.append($0) } }
        guard complete else { return nil }
        scanner.skipSpace()
        return scanner.position == scanner.bytes.count ? ids : nil
    }

    /// One object of the list: its "id", skipping every other member.
    private mutating func fieldId() -> Int? {
        guard take("{") else { return nil }
        var id: Int?
        let complete = elements(closedBy: "}") { (scanner: inout Self) -> Void? in
            guard let key = scanner.key(), scanner.take(":") else { return nil }
            guard key.elementsEqual("id".utf8) else { return scanner.skipValue() }
            // A second "id" is unusual enough to leave to JSONDecoder.
            guard id == nil, let value = scanner.integer() else { return nil }
            id = value
            return ()
        }
        return complete ? id : nil
    }

    /// Elements separated by commas up to `close`; false when one fails or a separator is missing.
    private mutating func elements<T>(closedBy close: Unicode.Scalar, _ element: (inout Self) -> T?) -> Bool {
        if take(close) { return true }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return false }
        repeat {
            guard element(&self) != nil else { return false }
        } while take(",")
        return take(close)
    }

    private mutating func skipValue() -> Void? {
        skipSpace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""): return string(plain: false).map { _ in }
        case UInt8(ascii: "{"):
            position += 1
            let complete = elements(closedBy: "}") { (scanner: inout Self) -> Void? in
                scanner.key() != nil && scanner.take(":") ? scanner.skipValue() : nil
            }
            return complete ? () : nil
        case UInt8(ascii: "["):
            position += 1
            return elements(closedBy: "]") { $0.skipValue() } ? () : nil
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    /// A key: a string of printable ASCII without escapes.
    private mutating func key() -> ArraySlice<UInt8>? {
        skipSpace()
        return string(plain: true)
    }

    /// The contents of a string at `position`. `plain` admits printable ASCII only; otherwise
    /// escapes (checked) and any byte from 0x20 up are allowed.
    private mutating func string(plain: Bool) -> ArraySlice<UInt8>? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        position = start
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return bytes[start..<position - 1]
            case UInt8(ascii: "\\") where !plain:
                guard escape() else { return nil }
            case 0..<0x20, UInt8(ascii: "\\"):
                return nil
            case 0x80... where plain:
                return nil
            default:
                position += 1
            }
        }
        return nil
    }

    /// `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` or `\uXXXX` at `position`.
    private mutating func escape() -> Bool {
        guard position + 1 < bytes.count else { return false }
        let kind = bytes[position + 1]
        position += 2
        guard kind == UInt8(ascii: "u") else { return "\"\\/bfnrt".utf8.contains(kind) }
        guard position + 4 <= bytes.count, bytes[position..<position + 4].allSatisfy(\.isHexDigit) else {
            return false
        }
        position += 4
        return true
    }

    /// An integer without fraction or exponent (those go to `JSONDecoder`).
    private mutating func integer() -> Int? {
        skipSpace()
        let start = position
        guard number() != nil else { return nil }
        return Int(String(decoding: bytes[start..<position], as: UTF8.self))
    }

    /// A JSON number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() -> Void? {
        if peek() == UInt8(ascii: "-") { position += 1 }
        if peek() == UInt8(ascii: "0") {
            position += 1
        } else {
            guard digits() else { return nil }
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard digits() else { return nil }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard digits() else { return nil }
        }
        return ()
    }

    private mutating func digits() -> Bool {
        let start = position
        while let byte = peek(), byte.isDigit { position += 1 }
        return position > start
    }

    private mutating func literal(_ word: String) -> Void? {
        guard bytes[position...].starts(with: word.utf8) else { return nil }
        position += word.utf8.count
        return ()
    }

    /// Skips whitespace, then consumes `character` if it comes next.
    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        skipSpace()
        guard peek() == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }
}

private extension UInt8 {
    var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    var isHexDigit: Bool {
        isDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
