import Foundation
import Testing
import ZephyrSimulator

/// The binary against the Zephyr Enterprise simulator on loopback: plan, apply, drift and
/// export with `flavor: enterprise`, exit codes, manual steps in every format, and the one
/// blocked case (removing an option in use).
@Suite(.serialized) struct EnterpriseCommandTests {
    static let token = ["ZEPHYR_TOKEN": "admin-token"]

    static let files = [
        "definitions.yaml": """
        settings:
          flavor: enterprise
        fields:
          - {name: Reviewed, entity: REQUIREMENT, type: CHECKBOX, projects: all}
          - {name: Browser, entity: TESTCASE, type: SINGLE_SELECT, description: Browser under test, options: [Chrome, Firefox, IE]}
        """,
        "web.yaml": """
        project: Web Shop
        fields:
          - {name: Browser, entity: TESTCASE}
          - {name: Notes, entity: TESTCASE, type: RICH_TEXT}
        """,
    ]

    static func configuration() throws -> URL {
        let directory = try BinaryRunner.temporaryDirectory().appendingPathComponent("ze")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// Applies the configuration as the starting point of a test, which must succeed.
    static func apply(_ config: URL, on fixture: SimulatorFixture) async throws {
        let apply = try await fixture.run(["apply", config.path, "--auto-approve"], environment: token)
        try #require(apply.exitCode == 0, "\(apply.stdout)\(apply.stderr)")
    }

    static func start() async throws -> SimulatorFixture {
        try await SimulatorFixture.start(.seeded(), options: SimulatorOptions(flavor: .enterprise))
    }

    @Test func planApplyThenNothingToDoAndNoDrift() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.stop() } }
        let config = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }

        let plan = try await fixture.run(["plan", config.path, "--detailed-exitcode"], environment: Self.token)
        #expect(plan.exitCode == 2, "\(plan.stderr)")
        #expect(plan.stdout.contains(#"+ projects    = ["Web Shop (10000)"]"#))
        #expect(plan.stdout.contains("+ projects    = all"))
        #expect(plan.stdout.contains("Plan: 3 to create, 0 to update"))

        let apply = try await fixture.run(["apply", config.path, "--auto-approve"], environment: Self.token)
        #expect(apply.exitCode == 0, "\(apply.stdout)\(apply.stderr)")
        #expect(apply.stdout.contains("Apply complete: 3 created"))

        await fixture.simulator.resetCounts()
        let again = try await fixture.run(["plan", config.path, "--detailed-exitcode"], environment: Self.token)
        #expect(again.exitCode == 0, "\(again.stdout)")
        #expect(again.stdout.hasPrefix("No changes. Zephyr matches the configuration."))
        let drift = try await fixture.run(["drift", config.path], environment: Self.token)
        #expect(drift.exitCode == 0, "\(drift.stdout)")
        #expect(await fixture.simulator.mutatingRequestCount() == 0)
    }

    @Test func aHandEditIsAManualStepThatDriftReportsUntilMade() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.stop() } }
        let config = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        try await Self.apply(config, on: fixture)

        // An administrator changes the description in the UI; the REST API cannot change it back.
        await fixture.simulator.mutateState { state in
            var ze = state.enterpriseState
            if let index = ze.fields.firstIndex(where: { $0.displayName == "Browser" }) {
                ze.fields[index].description = "edited by hand"
            }
            state.enterpriseState = ze
        }
        await fixture.simulator.resetCounts()
        let plan = try await fixture.run(["plan", config.path, "--detailed-exitcode"], environment: Self.token)
        #expect(plan.exitCode == 0, "nothing to apply: \(plan.stdout)")
        #expect(plan.stdout.contains("1 manual step outstanding"))
        #expect(
            plan.stdout.contains(
                #"in Administration → Customizations → Test case fields, change the description from "edited by hand" to "Browser under test""#
            ))

        let drift = try await fixture.run(["drift", config.path, "--format", "json"], environment: Self.token)
        #expect(drift.exitCode == 2, "a manual step not yet made is drift")
        let document = try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any]
        let steps = document?["manual_steps"] as? [[String: Any]]
        #expect(steps?.count == 1)
        #expect((document?["summary"] as? [String: Any])?["manual_steps"] as? Int == 1)

        let markdown = try await fixture.run(["drift", config.path, "--format", "markdown"], environment: Self.token)
        #expect(markdown.stdout.contains("change the description"))

        let apply = try await fixture.run(["apply", config.path, "--auto-approve"], environment: Self.token)
        #expect(apply.exitCode == 0)
        #expect(await fixture.simulator.mutatingRequestCount() == 0, "a manual step is never sent")
    }

    @Test func removingAnOptionInUseExitsThreeUnlessAllowed() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.stop() } }
        let config = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        try await Self.apply(config, on: fixture)
        await fixture.simulator.mutateState { state in
            let browser = state.enterpriseState.fields.first { $0.displayName == "Browser" }
            state.markEnterpriseOption(preference: "testcase.\(browser?.fieldName ?? "").LOV", id: "3", inUse: true)
        }
        try Self.files["definitions.yaml"]!.replacingOccurrences(of: ", IE]", with: "]")
            .write(to: config.appendingPathComponent("definitions.yaml"), atomically: true, encoding: .utf8)

        let blocked = try await fixture.run(["apply", config.path, "--auto-approve"], environment: Self.token)
        #expect(blocked.exitCode == 3, "\(blocked.stdout)\(blocked.stderr)")
        #expect(blocked.stdout.contains(#"would lose option "IE", which is still used by recorded values"#))

        let forced = try await fixture.run(
            ["apply", config.path, "--auto-approve", "--allow-removing-used-options"], environment: Self.token)
        #expect(forced.exitCode == 0, "\(forced.stdout)\(forced.stderr)")
        #expect(forced.stdout.contains("pointing at nothing"))
    }

    @Test func aSavedPlanAppliesOnlyWhatWasReviewed() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.stop() } }
        let config = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        let planFile = config.deletingLastPathComponent().appendingPathComponent("ze.plan").path
        let plan = try await fixture.run(["plan", config.path, "--out", planFile], environment: Self.token)
        #expect(plan.exitCode == 0, "\(plan.stderr)")

        // Someone adds a field by hand: the saved plan no longer describes the server.
        await fixture.simulator.mutateState { $0.addEnterpriseField("By hand", type: 1) }
        let stale = try await fixture.run(["apply", "--plan", planFile, config.path], environment: Self.token)
        #expect(stale.exitCode == 1)
        #expect(stale.stderr.contains("stale"), "\(stale.stderr)")
        #expect(await fixture.simulator.mutatingRequestCount() == 0)

        let fresh = try await fixture.run(["plan", config.path, "--out", planFile], environment: Self.token)
        #expect(fresh.exitCode == 0)
        let apply = try await fixture.run(["apply", "--plan", planFile, config.path], environment: Self.token)
        #expect(apply.exitCode == 0, "\(apply.stdout)\(apply.stderr)")
        #expect(apply.stdout.contains("Apply complete: 3 created"))
    }

    @Test func validateKnowsTheFlavorOffline() async throws {
        let config = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        let valid = try await BinaryRunner.runAsync(["validate", config.path])
        #expect(valid.exitCode == 0, "\(valid.stderr)")
        let squad = try await BinaryRunner.runAsync(
            ["validate", config.path], environment: ["ZEPHYR_FLAVOR": "squad"])
        #expect(squad.exitCode == 1)
        #expect(squad.stderr.contains("settings say flavor: enterprise, but ZEPHYR_FLAVOR=squad was given"))
        let wrongEntity = config.appendingPathComponent("web.yaml")
        try Self.files["web.yaml"]!.replacingOccurrences(
            of: "Notes, entity: TESTCASE", with: "Notes, entity: EXECUTION"
        )
        .write(to: wrongEntity, atomically: true, encoding: .utf8)
        let invalid = try await BinaryRunner.runAsync(["validate", config.path])
        #expect(invalid.exitCode == 1)
        #expect(invalid.stderr.contains("web.yaml:4:"))
        #expect(invalid.stderr.contains("EXECUTION is a Zephyr Squad entity"), "\(invalid.stderr)")
    }

    @Test func aFlavorFlagThatDisagreesWithTheSettingsIsRefused() async throws {
        let config = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        let result = try await BinaryRunner.runAsync(
            ["plan", config.path, "--flavor", "squad", "--server", "simulator:/nonexistent/never-created.json"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("flavor: enterprise"))
        #expect(result.stderr.contains("--flavor squad"))
    }

    @Test func exportThenPlanHasNoChanges() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.stop() } }
        let config = try Self.configuration()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        try await Self.apply(config, on: fixture)
        await fixture.simulator.mutateState { state in
            state.addEnterpriseField("Legacy: old", type: 1)  // a name the loader refuses: listed as skipped
            state.addEnterpriseField("Cascade", type: 12)  // a type the tool does not manage
        }

        let exported = config.deletingLastPathComponent().appendingPathComponent("exported")
        let export = try await fixture.run(
            ["export", "--flavor", "enterprise", "--out-dir", exported.path], environment: Self.token)
        #expect(export.exitCode == 0, "\(export.stderr)")
        let definitions = try String(contentsOf: exported.appendingPathComponent("definitions.yaml"), encoding: .utf8)
        #expect(definitions.contains("flavor: enterprise"))
        #expect(definitions.contains("projects: all"))
        #expect(definitions.contains("Cascade"), "skipped fields are listed with the reason")

        let validate = try await BinaryRunner.runAsync(["validate", exported.path])
        #expect(validate.exitCode == 0, "\(validate.stderr)")
        await fixture.simulator.resetCounts()
        let plan = try await fixture.run(["plan", exported.path, "--detailed-exitcode"], environment: Self.token)
        #expect(plan.exitCode == 0, "\(plan.stdout)\(plan.stderr)")
        #expect(plan.stdout.hasPrefix("No changes."))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)
    }
}
