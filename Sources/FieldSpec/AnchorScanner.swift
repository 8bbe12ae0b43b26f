/// Finds YAML anchors (`&name`) and aliases (`*name`) by a light lexical pass, before Yams
/// composes the document.
///
/// Why before: Yams composes aliases by sharing nodes, but hashes mapping keys recursively to
/// find duplicates, so an alias bomb used as a key ("billion laughs") would take exponential time
/// inside Yams, out of our control. Field specs have no use for anchors, so both are refused.
///
/// The pass understands quotes, comments, block scalars and flow collections well enough that
/// `R&D`, `Won't` or `5 * 3` in text are not mistaken for anchors; text that really starts with
/// `&` or `*` must be quoted anyway, or YAML itself would read it as an anchor or alias.
struct AnchorScanner {
    struct Hit: Equatable {
        let line: Int
        let column: Int
        let indicator: Character
    }

    private var inDoubleQuotes = false
    private var inSingleQuotes = false
    private var blockScalarIndent: Int?
    private var flowDepth = 0

    /// The first anchor or alias in `text`, or nil.
    static func firstHit(in text: String) -> Hit? {
        var scanner = AnchorScanner()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            if let column = scanner.scan(scalars) {
                return Hit(line: lineNumber, column: column + 1, indicator: Character(scalars[column]))
            }
        }
        return nil
    }

    /// Scans one line; returns the 0-based column of an anchor or alias.
    private mutating func scan(_ line: [Unicode.Scalar]) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        if let parentIndent = blockScalarIndent {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if blank || indent > parentIndent { return nil }
            blockScalarIndent = nil
        }
        var previous: Unicode.Scalar?   // last significant character on this line
        var index = 0
        while index < line.count {
            let char = line[index]
            defer { index += 1 }
            if inDoubleQuotes {
                if char == "\\" { index += 1 } else if char == "\"" { inDoubleQuotes = false; previous = char }
                continue
            }
            if inSingleQuotes {
                if char == "'" {
                    if index + 1 < line.count, line[index + 1] == "'" { index += 1 } else { inSingleQuotes = false; previous = char }
                }
                continue
            }
            if char == " " || char == "\t" || char == "\r" { continue }
            let spaced = index == 0 || line[index - 1] == " " || line[index - 1] == "\t"
            if char == "#", spaced { return nil }
            if (char == "]" || char == "}") && flowDepth > 0 {
                flowDepth -= 1
            } else if startsNode(after: previous, spaced: spaced) {
                switch char {
                case "\"": inDoubleQuotes = true
                case "'": inSingleQuotes = true
                case "[", "{": flowDepth += 1
                case "|", ">": if flowDepth == 0 { blockScalarIndent = indent }
                case "&", "*":
                    if index + 1 < line.count, !" \t\r,[]{}".unicodeScalars.contains(line[index + 1]) { return index }
                default: break
                }
            }
            previous = char
        }
        return nil
    }

    /// Whether a node may start here: at the start of a line, after an indicator (`- `, `? `,
    /// `: `), or inside brackets after `[`, `{` or `,`.
    private func startsNode(after previous: Unicode.Scalar?, spaced: Bool) -> Bool {
        guard let previous else { return true }
        switch previous {
        case "-", "?", ":": return spaced
        case "[", "{", ",": return flowDepth > 0
        default: return false
        }
    }
}
