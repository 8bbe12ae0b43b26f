import FieldSpec
import Foundation
import Testing

/// Issue 15: configuration directories come from pull requests; what they link to is untrusted.
@Suite struct UntrustedPathTests {
    private func diagnostics(_ paths: [String]) -> [String] {
        do {
            _ = try SpecLoader().load(paths: paths)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// Defect 8: a `.yaml` link to a FIFO was judged by the link (not the FIFO) and the read
    /// blocked until a writer came. Here a writer holds the FIFO open for 3 s: before the fix the
    /// load waited for it and then saw an empty file.
    @Test(.timeLimit(.minutes(1)))
    func aSymlinkToAFIFOIsNotReadAndDoesNotHang() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.path + "/pipe"
        try #require(mkfifo(fifo, 0o600) == 0)
        let link = directory.path + "/web.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
        // O_RDWR never blocks on a FIFO and keeps a writer present, so a reader would wait.
        let writer = open(fifo, O_RDWR | O_NONBLOCK)
        try #require(writer >= 0)
        // Closed later off the test's thread: nothing here waits for it.
        DispatchQueue.global().asyncAfter(deadline: .now() + 3) { close(writer) }
        let clock = ContinuousClock()
        let start = clock.now
        let result = diagnostics([directory.path])
        let elapsed = clock.now - start
        #expect(result == ["\(link):1:1: error: is not a regular file"])
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }

    /// Risk: a link to a file outside the configuration was read, and the start of its
    /// contents quoted in an error.
    @Test func aSymlinkOutOfTheDirectoryIsNotRead() throws {
        let outside = try TemporaryDirectory()
        let secret = try outside.write("secret.txt", "TOP-SECRET-VALUE: do not print me\n")
        let configuration = try TemporaryDirectory()
        try configuration.write("web.yaml", "project: WEB\nfields: []\n")
        let link = configuration.path + "/leak.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        let result = diagnostics([configuration.path])
        #expect(
            result == [
                "\(link):1:1: error: is a symbolic link to a file outside the directory being loaded, so it was not read; "
                    + "copy the file in, or name it on the command line"
            ])
        #expect(!result.joined().contains("TOP-SECRET"))
    }

    @Test func aSymlinkInsideTheDirectoryIsStillLoaded() throws {
        let configuration = try TemporaryDirectory()
        let real = try configuration.write(
            "shared/web.yaml", "project: WEB\nfields: [{name: Notes, entity: EXECUTION, type: TEXT}]\n")
        try FileManager.default.createSymbolicLink(atPath: configuration.path + "/web.yaml", withDestinationPath: real)
        let spec = try SpecLoader().load(paths: [configuration.path + "/web.yaml"])
        #expect(spec.definitions.map(\.name) == ["Notes"])
    }
}
