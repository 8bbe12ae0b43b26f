import FieldSpec
import Foundation

/// Loads in-memory YAML files named as given, returning the spec or the printed diagnostics.
enum Loading {
    static func spec(_ files: [String: String], flavor: FlavorChoice? = nil) throws -> Spec {
        try SpecLoader().load(sources: sources(files), flavor: flavor)
    }

    /// Each diagnostic as `validate` prints it; empty when the files are valid.
    static func diagnostics(_ files: [String: String], flavor: FlavorChoice? = nil) -> [String] {
        do {
            _ = try SpecLoader().load(sources: sources(files), flavor: flavor)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// Diagnostics of a single file called `web.yaml`.
    static func diagnostics(_ yaml: String) -> [String] {
        diagnostics(["web.yaml": yaml])
    }

    private static func sources(_ files: [String: String]) -> [SpecSource] {
        files.sorted { $0.key < $1.key }.map { SpecSource(path: $0.key, text: $0.value) }
    }
}

/// A temporary directory removed when the test ends.
final class TemporaryDirectory {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zf-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `contents` at `relativePath`, creating directories; returns the full path.
    @discardableResult
    func write(_ relativePath: String, _ contents: Data) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, Data(text.utf8))
    }
}
