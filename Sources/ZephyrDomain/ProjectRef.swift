/// A project as plans refer to it: the server's id and the key (Squad) or name people read.
package struct ProjectRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    package let id: String
    package let key: String

    package init(id: String, key: String) {
        self.id = id
        self.key = key
    }

    package static func < (lhs: ProjectRef, rhs: ProjectRef) -> Bool {
        (lhs.key, lhs.id) < (rhs.key, rhs.id)
    }

    package var description: String { "\(key) (\(id))" }
}
