import Yams

/// Turns Yams' errors into one-line messages at the position libyaml reports.
enum YAMLErrorTranslator {
    static func message(for error: YamlError, in text: String) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return "a file holds one YAML document; remove this '---' and what follows, or move it to its own file"
            }
            var message = "invalid YAML: \(problem)"
            if let context {
                let sameSpot = context.mark.line == mark.line && context.mark.column == mark.column
                message +=
                    " \(context.text)"
                    + (sameSpot ? "" : " that starts at line \(context.mark.line), column \(context.mark.column)")
            }
            if character(at: mark, in: text) == "\t" {
                message += "; indent with spaces, YAML does not allow tabs there"
            }
            return message
        case .reader(let problem, _, let value, _):
            return "invalid YAML: \(problem)" + (value >= 0 ? String(format: " (character 0x%02X)", value) : "")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            if DuplicateKeyLocator.secondOccurrence(of: key, after: context.mark, in: text) != nil {
                return "duplicate key '\(key)': it is already set at line \(context.mark.line)"
            }
            return "duplicate key '\(key)': it appears more than once in this mapping"
        default:
            return "invalid YAML: \(error)"
        }
    }

    static func location(of error: YamlError, in source: SpecSource) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: source.path, mark: mark)
        case .reader(_, let offset?, _, _):
            let prefix = source.text.prefix(offset)
            let line = prefix.count { $0 == "\n" } + 1
            let column =
                prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 }
                ?? 1
            return SourceLocation(file: source.path, line: line, column: column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let second = DuplicateKeyLocator.secondOccurrence(
                of: duplicates.first ?? "", after: context.mark, in: source.text)
            return second.map { SourceLocation(file: source.path, line: $0.line, column: $0.column) }
                ?? SourceLocation(file: source.path, mark: context.mark)
        default:
            return .start(of: source.path)
        }
    }

    /// The character libyaml points at (columns count Unicode scalars).
    private static func character(at mark: Mark, in text: String) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column >= 1 && mark.column <= scalars.count ? scalars[mark.column - 1] : nil
    }
}
