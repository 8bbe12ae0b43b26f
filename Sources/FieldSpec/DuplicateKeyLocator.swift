import Yams

/// Finds where a key is repeated in a block mapping, because Yams reports a duplicate key at its
/// first occurrence while the user needs to look at the second one.
enum DuplicateKeyLocator {
    /// The line and column of the next `key:` at the same indentation as `first`, in the same
    /// block mapping; nil when it cannot be found that way (flow mappings, quoted keys).
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let indent = first.column - 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = Array(lines[index].unicodeScalars)
            let leading = line.prefix { $0 == " " }.count
            let rest = String(String.UnicodeScalarView(line[leading...]))
            if rest.isEmpty || rest.hasPrefix("#") { continue }
            // A shallower line ends the mapping; `- ` lines at the same depth start a sibling.
            if leading < indent || (leading == indent && rest.hasPrefix("-")) { return nil }
            if leading == indent, rest.hasPrefix(key),
                rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":")
            {
                return (index + 1, leading + 1)
            }
        }
        return nil
    }
}
