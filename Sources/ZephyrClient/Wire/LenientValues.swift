/// Server values whose JSON type differs between Zephyr versions (and from their documentation).

/// An integer sent as a number or as a numeric string (`12` or `"12"`).
struct LenientInt: Decodable, Sendable {
    let value: Int

    init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decodeFirst(
            "an integer or a numeric string",
            { try? $0.decode(Int.self) },
            { (try? $0.decode(String.self)).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } })
    }
}

/// A string that some servers send as a number (option ids, Jira project ids).
struct LenientString: Decodable, Sendable {
    let value: String

    init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decodeFirst(
            "a string or an integer",
            { try? $0.decode(String.self) },
            { (try? $0.decode(Int.self)).map(String.init) })
    }
}

/// A boolean sent as `true` or as `"true"` (ZAPI option responses stringify everything).
struct LenientBool: Decodable, Sendable {
    let value: Bool

    init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decodeFirst(
            "a boolean",
            { try? $0.decode(Bool.self) },
            { (try? $0.decode(String.self)).flatMap { Bool($0.lowercased()) } })
    }
}

private extension SingleValueDecodingContainer {
    /// The first reading that succeeds, or a decoding error saying what was `expected`.
    func decodeFirst<T>(_ expected: String, _ readings: (Self) -> T?...) throws -> T {
        for reading in readings {
            if let value = reading(self) { return value }
        }
        throw DecodingError.dataCorruptedError(in: self, debugDescription: "expected \(expected)")
    }
}
