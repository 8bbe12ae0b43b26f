import Foundation

/// Writes `benchmarks.md` and `benchmarks.json`, keeping the hand-written "## Notes" section
/// of an existing `benchmarks.md` (analysis that numbers alone don't give).
struct BenchDocsWriter {
    let directory: URL

    static let notesHeading = "## Notes"

    func write(_ report: BenchReport) throws {
        let markdownURL = directory.appendingPathComponent("benchmarks.md")
        var document = report.markdownDocument(interpretation: report.interpretation)
        if let existing = try? String(contentsOf: markdownURL, encoding: .utf8),
            let notes = existing.range(of: "\n" + Self.notesHeading + "\n")
        {
            document += String(existing[notes.lowerBound...])
        }
        try document.write(to: markdownURL, atomically: true, encoding: .utf8)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try (encoder.encode(report) + Data("\n".utf8)).write(
            to: directory.appendingPathComponent("benchmarks.json"), options: .atomic)
    }
}
