import Foundation
import ZephyrDomain

extension ExportedFile {
    /// Writes `files` into `directory` (created if missing). Existing files are never overwritten
    /// without `overwrite`: then nothing at all is written.
    public static func write(_ files: [ExportedFile], to directory: String, overwrite: Bool) throws(ReconcilerError) {
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
}
