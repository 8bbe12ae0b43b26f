/// One problem found while loading YAML, printed as `path:line:col: error: message`.
/// Every diagnostic is an error: the loader is strict, and nothing it reports can be ignored.
package struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let message: String
    /// nil for problems that belong to no file position (a path that does not exist).
    package let location: SourceLocation?

    package init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }

    /// Sorted by file, then line, then column; unlocated problems first.
    package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (let l?, let r?): l == r ? lhs.message < rhs.message : l < r
        case (nil, _?): true
        case (_?, nil): false
        case (nil, nil): lhs.message < rhs.message
        }
    }

    package var description: String {
        if let location {
            return "\(location): error: \(message)"
        }
        return "error: \(message)"
    }
}
