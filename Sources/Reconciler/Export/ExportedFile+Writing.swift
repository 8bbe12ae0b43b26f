import Foundation
import ZephyrDomain

extension ExportedFile {
    /// Writes `files` into `directory` (created if missing). Existing files are never overwritten
    /// without `overwrite`: then nothing at all is written.
    package static func write(_ files: [ExportedFile], to directory: String, overwrite: Bool) throws(ReconcilerError) {
        let folder = URL(fileURLWithPath: directory)
        let existing = files.map(\.name).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
        if !existing.isEmpty, !overwrite {
            throw .exportWouldOverwrite(directory: directory, names: existing)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                try file.contents.write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
            }
        } catch {
            throw .exportNotWritten(directory: directory, reason: error.localizedDescription)
        }
    }

    /// What export tells the user: how many files, one per line, at most `shown` of them (a
    /// server with hundreds of projects must not print one endless line).
    package static func summary(_ files: [ExportedFile], directory: String, shown: Int = 10) -> String {
        var lines = ["Exported \(files.count) file\(files.count == 1 ? "" : "s") to \(directory):"]
        lines += files.prefix(shown).map { "  \(DisplayText.escaped($0.name))" }
        if files.count > shown { lines.append("  ... and \(files.count - shown) more") }
        return lines.joined(separator: "\n") + "\n"
    }
}
