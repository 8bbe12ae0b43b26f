/// A field type as a server reports it: one of the types this tool manages, or another one it
/// only carries along (old servers and plug-ins have types no YAML can declare).
///
/// Encoded as the server's type name, so plans and saved plans read the same as before.
package enum ServerFieldType: Sendable, Hashable, Codable, CustomStringConvertible {
    case known(FieldType)
    case other(String)

    /// Parses the server's spelling, ignoring case.
    package init(name: String) {
        self = FieldType(rawValue: name.uppercased()).map(ServerFieldType.known) ?? .other(name)
    }

    /// The type this tool manages, or nil for another type.
    package var known: FieldType? {
        if case .known(let type) = self { type } else { nil }
    }

    /// The server's name for the type.
    package var name: String {
        switch self {
        case .known(let type): type.rawValue
        case .other(let name): name
        }
    }

    package var description: String { name }

    package init(from decoder: any Decoder) throws {
        self.init(name: try decoder.singleValueContainer().decode(String.self))
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
