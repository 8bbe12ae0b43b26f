import Foundation
import Testing
import ZephyrSimulator

/// The README quickstart: `--server simulator:PATH`, state kept in a file between commands.
@Suite struct EmbeddedSimulatorTests {
    @Test func quickstartFlowWithJSONEvents() async throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = ["--server", "simulator:\(directory.appendingPathComponent("demo.json").path)"]

        let plan = try await BinaryRunner.runAsync(["plan", Paths.multiProject, "--detailed-exitcode"] + server)
        #expect(plan.exitCode == 2, "\(plan.stderr)")

        let apply = try await BinaryRunner.runAsync(
            ["apply", Paths.multiProject, "--auto-approve", "--format", "json"] + server)
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

    @Test func aStateFileInUseIsRefusedWithOneSentence() async throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.json").path
        let held = try StateFileLock(statePath: path)  // as `zephyr-fields simulator --state` holds it
        let plan = try await BinaryRunner.runAsync(["plan", Paths.multiProject, "--server", "simulator:\(path)"])
        #expect(plan.exitCode == 1)
        #expect(
            plan.stderr
                == "error: the simulator state file \(path) is in use by another zephyr-fields process; stop that process, or use another state file.\n"
        )
        held.release()
        #expect(
            try await BinaryRunner.runAsync(["plan", Paths.multiProject, "--server", "simulator:\(path)"]).exitCode == 0
        )
    }

    @Test func aCorruptStateFileAndABusyPortAreOneSentenceEach() async throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.json").path
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        let plan = try await BinaryRunner.runAsync(["plan", Paths.multiProject, "--server", "simulator:\(path)"])
        #expect(plan.exitCode == 1)
        #expect(
            plan.stderr.hasPrefix(
                "error: the simulator state file \(path) cannot be used: it is not a state file the simulator wrote"))
        #expect(!plan.stderr.contains("DecodingError"))

        let running = try await SimulatorHTTPServer.start(simulator: ZephyrSimulator(state: .seeded()), port: 0)
        defer { Task { await running.stop() } }
        let busy = try await BinaryRunner.runAsync(["simulator", "--port", "\(running.port)"], timeout: 30)
        #expect(busy.exitCode == 1)
        #expect(
            busy.stderr
                == "error: port \(running.port) on 127.0.0.1 is already in use; stop what listens there, or pick another port with --port (0 picks a free one).\n"
        )
    }
}
