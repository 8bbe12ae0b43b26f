import Yams

/// Collects the problems of one load so every one is reported at once, never just the first.
struct DiagnosticBag {
    private(set) var diagnostics: [Diagnostic] = []

    var isEmpty: Bool { diagnostics.isEmpty }

    mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    mutating func append(contentsOf other: DiagnosticBag) {
        diagnostics.append(contentsOf: other.diagnostics)
    }
}

extension SourceLocation {
    /// The location of a Yams mark in `file`; Yams marks are already 1-based.
    init(file: String, mark: Mark?) {
        self.init(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Where `node`'s mark points in `file`.
    init(file: String, mark: YAMLNode.Mark) {
        self.init(file: file, line: mark.line, column: mark.column)
    }

    /// The start of `file`, for problems with the file as a whole (empty, binary, too large).
    static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }
}
