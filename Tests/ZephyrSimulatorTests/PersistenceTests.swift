import Foundation
import Testing
import ZephyrClient
import ZephyrDomain

@testable import ZephyrSimulator

@Suite struct PersistenceTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zephyr-sim-\(UUID().uuidString).json").path
    }

    @Test func openCreatesASeededFile() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try PersistentSimulator.open(path: path)
        #expect(try StateFile.load(path: path) == .seeded(projectCount: SimulatorState.defaultProjectCount))
    }

    @Test func stateSurvivesShutdownAndReopen() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try PersistentSimulator.open(path: path, options: .init(deleteDelayMilliseconds: 60_000))
        let client = TestClient(simulator: first.simulator)
        await client.create("Browser", type: "SINGLE_SELECT", options: ["Chrome", "Won't"])
        await client.create("Gone")
        _ = await client.call("DELETE", "1/10000?enable=true")
        _ = await client.call("DELETE", "2")
        await first.transport.shutdown()

        let second = try PersistentSimulator.open(path: path)
        let reopened = await second.simulator.snapshot()
        #expect(reopened == (await first.simulator.snapshot()))
        #expect(reopened.fields[0].options.map(\.text) == ["Chrome", "Won''t"])
        #expect(reopened.fields[0].enabledProjectIds == ["10000"])
        // The pending delete is a timestamp, so it is still pending after the reload.
        #expect(reopened.fields[1].deleteVisibleUntil != nil)
        #expect(reopened.nextFieldId == 3)
    }

    @Test func fileIsStablePrettyJSON() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var state = SimulatorState.seeded()
        state.addField(name: "Notes", entity: .testStep, type: .text)
        try StateFile.save(state, path: path)
        let first = try String(contentsOfFile: path, encoding: .utf8)
        try StateFile.save(try #require(try StateFile.load(path: path)), path: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == first)
        #expect(first.contains("\n  \"fields\" : ["))
    }

    @Test func optionsRoundTripAsJSON() throws {
        let options = SimulatorOptions(
            fieldLimits: [.execution: 30, .testStep: 9], enableVerb: .put, flavor: .enterprise)
        let decoded = try JSONDecoder().decode(SimulatorOptions.self, from: JSONEncoder().encode(options))
        #expect(decoded == options)
    }
}

/// One state file, one simulator at a time; and a bad file or a busy port is one clear sentence.
@Suite struct StartupFailureTests {
    @Test func aSecondUserOfTheStateFileIsRefusedUntilTheFirstIsDone() async throws {
        let path = PersistenceTests.temporaryPath()
        defer { for file in [path, path + ".lock"] { try? FileManager.default.removeItem(atPath: file) } }
        let first = try PersistentSimulator.open(path: path)
        #expect(throws: SimulatorError.stateFileInUse(path: path)) { try PersistentSimulator.open(path: path) }
        #expect(throws: SimulatorError.stateFileInUse(path: path)) { try StateFileLock(statePath: path) }
        await first.transport.shutdown()
        let second = try PersistentSimulator.open(path: path)
        await second.transport.shutdown()
    }

    @Test func aCorruptStateFileIsNamedWithWhatToDo() throws {
        let path = PersistenceTests.temporaryPath()
        defer { for file in [path, path + ".lock"] { try? FileManager.default.removeItem(atPath: file) } }
        try Data("{\"projects\": 42}".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try PersistentSimulator.open(path: path)
            Issue.record("a corrupt state file was accepted")
        } catch {
            #expect(
                error.localizedDescription
                    == "the simulator state file \(path) cannot be used: it is not a state file the simulator wrote; move it aside (a fresh one is created) or pass another path."
            )
        }
    }

    @Test func aBusyPortIsNamedWithWhatToDo() async throws {
        let running = try await SimulatorHTTPServer.start(simulator: ZephyrSimulator(state: .seeded()), port: 0)
        defer { Task { await running.stop() } }
        await #expect(throws: SimulatorError.portInUse(host: "127.0.0.1", port: running.port)) {
            let second = try await SimulatorHTTPServer.start(
                simulator: ZephyrSimulator(state: .seeded()), port: running.port)
            await second.stop()
        }
        #expect(
            SimulatorError.portInUse(host: "127.0.0.1", port: 8089).localizedDescription
                == "port 8089 on 127.0.0.1 is already in use; stop what listens there, or pick another port with --port (0 picks a free one)."
        )
    }
}
