import Foundation
import Testing
import ZephyrSimulator

/// Adopting an existing server: export, then plan shows nothing to do.
@Suite(.serialized) struct ExportCommandTests {
    @Test func exportThenPlanHasNoChanges() async throws {
        var state = SimulatorState.handMade
        state.addField(
            name: "yes", entity: .execution, type: .number, description: "a name YAML would read as a boolean",
            enabledIn: ["API"])
        state.addField(
            name: "Odd type", entity: .execution, type: .checkbox, options: ["x: y", "#hash", " spaced "],
            enabledIn: ["WEB"])
        let fixture = try await SimulatorFixture.start(state)
        defer { Task { await fixture.stop() } }
        let directory = try BinaryRunner.temporaryDirectory().appendingPathComponent("adopted")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }

        let export = try await fixture.run(["export", "--out-dir", directory.path])
        #expect(export.exitCode == 0, "\(export.stderr)")
        let definitions = try String(contentsOf: directory.appendingPathComponent("definitions.yaml"), encoding: .utf8)
        #expect(definitions.contains("# Exported by zephyr-fields"))
        #expect(!definitions.contains("admin"))
        #expect(definitions.contains("TESTSTEP/Bad: name (TEXT): field name \"Bad: name\" contains ':'"))

        let validate = try await BinaryRunner.runAsync(["validate", directory.path])
        #expect(validate.exitCode == 0, "\(validate.stderr)")

        await fixture.simulator.resetCounts()
        let plan = try await fixture.run(["plan", directory.path, "--detailed-exitcode"])
        #expect(plan.exitCode == 0, "\(plan.stdout)\(plan.stderr)")
        #expect(plan.stdout.hasPrefix("No changes."))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)

        let again = try await fixture.run(["export", "--out-dir", directory.path])
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("--force"))
        #expect(try await fixture.run(["export", "--out-dir", directory.path, "--force"]).exitCode == 0)
    }

    @Test func exportIsStable() async throws {
        let fixture = try await SimulatorFixture.start(.handMade)
        defer { Task { await fixture.stop() } }
        let first = try BinaryRunner.temporaryDirectory()
        let second = try BinaryRunner.temporaryDirectory()
        defer { for folder in [first, second] { try? FileManager.default.removeItem(at: folder) } }
        #expect(try await fixture.run(["export", "--all-projects", "--out-dir", first.path]).exitCode == 0)
        #expect(try await fixture.run(["export", "--all-projects", "--out-dir", second.path]).exitCode == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(names == ["api.yaml", "definitions.yaml", "mobile.yaml", "web.yaml"])
        for name in names {
            let strip = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("# Exported by") } }
            #expect(
                strip(try String(contentsOf: first.appendingPathComponent(name), encoding: .utf8))
                    == strip(try String(contentsOf: second.appendingPathComponent(name), encoding: .utf8)))
        }
    }
}
