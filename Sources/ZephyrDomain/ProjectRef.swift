/// A project as plans refer to it: the server's id and the key (Squad) or name people read.
public struct ProjectRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let id: String
    public let key: String

    public init(id: String, key: String) {
        self.id = id
        self.key = key
    }

    public static func < (lhs: ProjectRef, rhs: ProjectRef) -> Bool {
        (lhs.key, lhs.id) < (rhs.key, rhs.id)
    }

    public var description: String { "\(key) (\(id))" }
}
