import Foundation
import Testing

/// The README quickstart: `--server simulator:PATH`, state kept in a file between commands.
@Suite struct EmbeddedSimulatorTests {
    @Test func quickstartFlowWithJSONEvents() async throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = ["--server", "simulator:\(directory.appendingPathComponent("demo.json").path)"]

        let plan = try await BinaryRunner.runAsync(["plan", Paths.multiProject, "--detailed-exitcode"] + server)
        #expect(plan.exitCode == 2, "\(plan.stderr)")

        let apply = try await BinaryRunner.runAsync(["apply", Paths.multiProject, "--auto-approve", "--format", "json"] + server)
        #expect(apply.exitCode == 0, "\(apply.stderr)")
        let events = try apply.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(events.first?["type"] as? String == "plan")
        #expect(events.last?["type"] as? String == "summary")
        #expect(events.last?["succeeded"] as? Bool == true)
        let changes = events.filter { $0["type"] as? String == "change" }
        #expect(changes.count == 32)
        #expect(changes.allSatisfy { $0["status"] as? String == "done" })
        #expect((events.last?["counts"] as? [String: Int])?["created"] == 14)

        let again = try await BinaryRunner.runAsync(["plan", Paths.multiProject, "--detailed-exitcode"] + server)
        #expect(again.exitCode == 0)
        #expect(again.stdout == "No changes. Zephyr matches the configuration.\n")
    }
}
