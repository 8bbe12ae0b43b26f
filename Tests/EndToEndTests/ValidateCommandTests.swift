import Foundation
import Testing

/// `zephyr-fields validate` as a user or CI runs it: output streams and exit status.
@Suite struct ValidateCommandTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    @Test func aValidDirectoryPrintsASummary() async throws {
        let result = try await BinaryRunner.runAsync(["validate", "multi-project"], in: Self.examples)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Valid: 4 files, 3 projects, 14 fields.\n")
        #expect(result.stderr == "")
    }

    @Test func theCurrentDirectoryIsTheDefault() async throws {
        let result = try await BinaryRunner.runAsync(["validate"], in: Self.examples.appendingPathComponent("minimal"))
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Valid: 1 file, 1 project, 2 fields.\n")
    }

    @Test func anInvalidDirectoryPrintsEveryProblemAndExitsOne() async throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let specs = directory.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try "project: WEB\nfields:\n  - name: Browser\n    entity: EXECUTION\n    type: TEXT\n    protect: yes\n"
            .write(to: specs.appendingPathComponent("web.yaml"), atomically: true, encoding: .utf8)
        try "project: web\nfields:\n  - name: Colour\n    entity: EXECUTION\n"
            .write(to: specs.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)

        let result = try await BinaryRunner.runAsync(["validate", "specs"], in: directory)

        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                specs/web.yaml:6:14: error: 'protect' must be true or false; found text "yes": YAML 1.1 words like yes/no/on/off are not booleans here
                specs/x.yaml:1:10: error: project web is already declared at specs/web.yaml:1:10; each project has one file
                specs/x.yaml:3:5: error: field EXECUTION/Colour is not defined in any file; define it (with 'type') here or in a definitions file
                error: 3 problems found; nothing was sent to the server.

                """)
    }

    @Test func aMissingPathIsReported() async throws {
        let result = try await BinaryRunner.runAsync(["validate", "no-such-dir"], in: Self.examples)
        #expect(result.exitCode == 1)
        #expect(
            result.stderr
                == "error: path 'no-such-dir' does not exist\nerror: 1 problem found; nothing was sent to the server.\n"
        )
    }

    @Test func helpDescribesTheCommand() async throws {
        let result = try await BinaryRunner.runAsync(["validate", "--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Check field spec YAML files without contacting a server."))
        #expect(result.stdout.contains("USAGE: zephyr-fields validate [<paths> ...]"))
        #expect(result.stdout.contains("path:line:col: error: message"))
    }
}
