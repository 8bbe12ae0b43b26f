import FieldSpec
import Foundation
import Testing

/// Which files a list of paths means, and how their paths print.
@Suite struct PathTests {
    @Test func directoriesAreWalkedRecursivelySortedSkippingHiddenAndOtherFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("b.yml", "project: B\n")
        try directory.write("a/z.yaml", "project: Z\n")
        try directory.write("a/m.YAML", "project: M\n")
        try directory.write("notes.txt", "project: [\n")
        try directory.write(".gitlab-ci.yml", "stages: [test]\n")
        try directory.write(".hidden/x.yaml", "stages: [test]\n")
        let spec = try SpecLoader().load(paths: [directory.path])
        let root = directory.path + "/"
        #expect(spec.files == [root + "a/m.YAML", root + "a/z.yaml", root + "b.yml"])
    }

    @Test func aFileNamedExplicitlyIsLoadedWhateverItsExtension() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("web.txt", "project: WEB\n")
        #expect(try SpecLoader().load(paths: [path]).projects.map(\.reference) == ["WEB"])
    }

    @Test func aFileReachedTwiceIsLoadedOnce() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("web.yaml", "project: WEB\n")
        #expect(try SpecLoader().load(paths: [directory.path, path]).files.count == 1)
    }

    /// The same file under another spelling of its directory: `dir/./`, or a link to `dir`.
    @Test func aFileReachedUnderAnotherSpellingIsLoadedOnce() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("real/web.yaml", "project: WEB\n")
        let link = directory.path + "/link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.path + "/real")
        for spelling in [directory.path + "/real/./", link] {
            let spec = try SpecLoader().load(paths: [spelling, path])
            #expect(spec.files.count == 1, "\(spelling): \(spec.files)")
        }
    }

    @Test func pathsPrintAsGivenWithoutADoubledSlash() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../examples/minimal").standardizedFileURL.path
        // Diagnostics print the path the user typed, joined with the file name, nothing more.
        let spec = try SpecLoader().load(paths: [examples + "/"])
        #expect(spec.files == [examples + "/demo.yaml"])
    }
}
