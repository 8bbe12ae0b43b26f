/// Server-supplied text made safe to show in a terminal, a comment or a YAML comment.
///
/// Names and descriptions come from the server, which this tool does not trust. Written out
/// raw, a line break would start a new line of YAML in an exported comment, an escape sequence
/// would drive the reader's terminal, and a bidirectional override would reorder what a
/// reviewer sees. Each such character is written as a visible `\u{…}` escape instead (`\n`,
/// `\r` and `\t` keep their short forms), and a backslash is doubled so the escape is unambiguous.
package enum DisplayText {
    package static func escaped(_ text: String) -> String {
        escaping(text, backslashes: true)
    }

    /// Like `escaped`, but backslashes stay single: for prose such as a server's error message,
    /// where only the controls must go and a doubled `\` would misquote the server.
    package static func withoutControls(_ text: String) -> String {
        escaping(text, backslashes: false)
    }

    private static func escaping(_ text: String, backslashes: Bool) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || (backslashes && $0 == "\\") }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\" where backslashes: result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar):
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Controls (C0, DEL, C1), line and paragraph separators, bidirectional controls and the
    /// byte order mark: characters that change layout or meaning instead of showing.
    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
