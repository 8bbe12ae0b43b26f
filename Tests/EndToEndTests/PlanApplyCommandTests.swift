import Foundation
import Testing
import ZephyrSimulator

/// The binary end to end against the HTTP simulator on loopback: exit codes, output streams,
/// and what reached the server.
@Suite(.serialized) struct PlanApplyCommandTests {
    @Test func planApplyThenNoChanges() async throws {
        let fixture = try await SimulatorFixture.start(.handMade)
        defer { Task { await fixture.stop() } }

        let plan = try await fixture.run(["plan", Paths.multiProject, "--detailed-exitcode"])
        #expect(plan.exitCode == 2, "\(plan.stderr)")
        #expect(plan.stdout.contains("zephyr-fields will perform the following actions:"))
        #expect(plan.stdout.contains("Unmanaged fields"))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)

        let refused = try await fixture.run(["apply", Paths.multiProject])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("--auto-approve"))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)

        let apply = try await fixture.run(["apply", Paths.multiProject, "--auto-approve"])
        #expect(apply.exitCode == 0, "\(apply.stdout)\n\(apply.stderr)")
        #expect(apply.stdout.contains("Apply complete: "))

        await fixture.simulator.resetCounts()
        let again = try await fixture.run(["plan", Paths.multiProject, "--detailed-exitcode"])
        #expect(again.exitCode == 0, "\(again.stdout)")
        #expect(again.stdout.hasPrefix("No changes. Zephyr matches the configuration."))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)

        let drift = try await fixture.run(["drift", Paths.multiProject])
        #expect(drift.exitCode == 0)
        #expect(drift.stdout.hasPrefix("No drift."))
    }

    @Test func driftExitsTwoAndNamesTheDifference() async throws {
        let fixture = try await SimulatorFixture.start(.handMade)
        defer { Task { await fixture.stop() } }
        let drift = try await fixture.run(["drift", Paths.multiProject, "--format", "json"])
        #expect(drift.exitCode == 2)
        let document = try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any]
        #expect(document?["kind"] as? String == "drift")
        #expect(document?["has_changes"] as? Bool == true)
    }

    @Test(arguments: ["text", "json", "markdown"])
    func everyFormatRenders(format: String) async throws {
        let fixture = try await SimulatorFixture.start(.handMade)
        defer { Task { await fixture.stop() } }
        let plan = try await fixture.run(["plan", Paths.multiProject, "--format", format])
        #expect(plan.exitCode == 0, "\(plan.stderr)")
        #expect(!plan.stdout.isEmpty)
        #expect(plan.stderr.isEmpty)
    }

    @Test func savedPlanAppliesAndAStalePlanIsRefused() async throws {
        let fixture = try await SimulatorFixture.start(.handMade)
        defer { Task { await fixture.stop() } }
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planFile = directory.appendingPathComponent("plan.json").path

        #expect(try await fixture.run(["plan", Paths.multiProject, "--out", planFile]).exitCode == 0)
        let saved = try String(contentsOfFile: planFile, encoding: .utf8)
        #expect(!saved.contains("admin"))

        // Someone changes the server by hand: the saved plan is stale and nothing is applied.
        try await fixture.createByHand(name: "Hand made")
        await fixture.simulator.resetCounts()
        let stale = try await fixture.run(["apply", "--plan", planFile, Paths.multiProject])
        #expect(stale.exitCode == 1)
        #expect(stale.stderr.contains("stale"))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)

        let fresh = directory.appendingPathComponent("fresh.json").path
        #expect(try await fixture.run(["plan", Paths.multiProject, "--out", fresh]).exitCode == 0)
        let applied = try await fixture.run(["apply", "--plan", fresh, Paths.multiProject])
        #expect(applied.exitCode == 0, "\(applied.stdout)\(applied.stderr)")
        let state = await fixture.simulator.snapshot()
        #expect(state.fields.contains { $0.name == "Browser" })
    }

    /// An edited plan file renders one thing and would run another; apply refuses it whole.
    @Test func editedSavedPlanIsRefusedBeforeAnyCall() async throws {
        let fixture = try await SimulatorFixture.start(.handMade)
        defer { Task { await fixture.stop() } }
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planFile = directory.appendingPathComponent("plan.json").path
        #expect(try await fixture.run(["plan", Paths.multiProject, "--out", planFile]).exitCode == 0)
        let original = try String(contentsOfFile: planFile, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "\"name\" : \"Build number\"", with: "\"name\" : \"Hijacked\"")
        #expect(edited != original)
        try edited.write(toFile: planFile, atomically: true, encoding: .utf8)
        await fixture.simulator.resetCounts()
        let apply = try await fixture.run(["apply", "--plan", planFile, Paths.multiProject])
        #expect(apply.exitCode == 1)
        #expect(apply.stderr.contains("the saved plan is not what the configuration asks for on this server"))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)
    }

    @Test func savedPlanForAnotherServerIsRefused() async throws {
        let first = try await SimulatorFixture.start(.seeded())
        let second = try await SimulatorFixture.start(.seeded())
        defer {
            Task {
                await first.stop()
                await second.stop()
            }
        }
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planFile = directory.appendingPathComponent("plan.json").path
        #expect(try await first.run(["plan", Paths.multiProject, "--out", planFile]).exitCode == 0)
        let apply = try await second.run(["apply", "--plan", planFile, Paths.multiProject])
        #expect(apply.exitCode == 1)
        #expect(apply.stderr.contains("the saved plan was made for \(first.url), not \(second.url)"))
        #expect(await second.simulator.mutatingRequestCount() == 0)
    }

    @Test func blockedPlanIsNotSavedAndPlanFlagsGoToPlan() async throws {
        var state = SimulatorState.seeded()
        state.addField(name: "Browser", entity: .execution, type: .text, enabledIn: ["WEB"])
        let fixture = try await SimulatorFixture.start(state)
        defer { Task { await fixture.stop() } }
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planFile = directory.appendingPathComponent("plan.json").path
        let plan = try await fixture.run(["plan", Paths.multiProject, "--out", planFile])
        #expect(plan.exitCode == 3)
        #expect(plan.stderr.contains("so it was not saved to \(planFile)"))
        #expect(!FileManager.default.fileExists(atPath: planFile))
        let mixed = try await fixture.run(["apply", "--plan", planFile, "--allow-replace", Paths.multiProject])
        #expect(mixed.exitCode == 64)
        #expect(
            mixed.stderr.contains(
                "pass --allow-replace, --allow-delete, --force, --allow-removing-used-options or --project to `plan --out` instead"
            ))
    }

    @Test func blockedPlanExitsThreeAndIsStillShown() async throws {
        var state = SimulatorState.seeded()
        state.addField(name: "Browser", entity: .execution, type: .text, enabledIn: ["WEB"])
        let fixture = try await SimulatorFixture.start(state)
        defer { Task { await fixture.stop() } }
        let plan = try await fixture.run(["plan", Paths.multiProject])
        #expect(plan.exitCode == 3)
        #expect(plan.stdout.contains("# forces replacement"))
        #expect(plan.stdout.contains("--allow-replace"))
        // Blocked wins over "changes present": CI must never read a blocked plan as applicable.
        let detailed = try await fixture.run(["plan", Paths.multiProject, "--detailed-exitcode"])
        #expect(detailed.exitCode == 3, "\(detailed.stderr)")
        let apply = try await fixture.run(["apply", Paths.multiProject, "--auto-approve"])
        #expect(apply.exitCode == 3)
        #expect(await fixture.simulator.mutatingRequestCount() == 0)
    }

    @Test func readsStayWithinTwoPerProject() async throws {
        let fixture = try await SimulatorFixture.start(.seeded(projectCount: 40))
        defer { Task { await fixture.stop() } }
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        fields:
          - {name: Browser, entity: EXECUTION, type: SINGLE_SELECT, options: [Chrome, Firefox]}
          - {name: Notes, entity: TESTSTEP, type: TEXT}
        """.write(to: directory.appendingPathComponent("defs.yaml"), atomically: true, encoding: .utf8)
        let keys = await fixture.simulator.snapshot().projects.map(\.key)
        for key in keys {
            try "project: \(key)\nfields: [{name: Browser, entity: EXECUTION}, {name: Notes, entity: TESTSTEP}]\n"
                .write(to: directory.appendingPathComponent("\(key).yaml"), atomically: true, encoding: .utf8)
        }
        await fixture.simulator.resetCounts()
        let plan = try await fixture.run(["plan", directory.path])
        #expect(plan.exitCode == 0, "\(plan.stderr)")
        let counts = await fixture.simulator.requestCounts()
        let reads = counts.filter { $0.key.hasPrefix("GET ") }.values.reduce(0, +)
        #expect(reads <= 2 * keys.count + 3, "\(counts)")
    }

    @Test func userFacingFailuresAreOneSentence() async throws {
        let fixture = try await SimulatorFixture.start()
        defer { Task { await fixture.stop() } }
        let wrongPassword = try await fixture.run(
            ["plan", Paths.multiProject], environment: ["ZEPHYR_USER": "admin", "ZEPHYR_PASSWORD": "nope"])
        #expect(wrongPassword.exitCode == 1)
        #expect(wrongPassword.stderr.contains("401"))
        #expect(!wrongPassword.stderr.contains("nope"))

        let nobody = try await fixture.run(["plan", Paths.multiProject], environment: [:])
        #expect(nobody.exitCode == 1)
        #expect(
            nobody.stderr
                == "error: \(fixture.url) requires signing in and no credentials were given; set ZEPHYR_TOKEN (a personal access token), or ZEPHYR_USER and ZEPHYR_PASSWORD.\n"
        )

        let refused = try await BinaryRunner.runAsync(
            ["plan", Paths.multiProject, "--server", "http://127.0.0.1:9"], environment: SimulatorFixture.admin)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.hasPrefix("error: "))
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")

        let noServer = try await BinaryRunner.runAsync(["plan", Paths.multiProject])
        #expect(noServer.exitCode == 1)
        #expect(noServer.stderr.contains("--server"))

        let usage = try await BinaryRunner.runAsync(["plan", "--no-such-flag"])
        #expect(usage.exitCode == 64)
    }
}

/// A user without the rights an apply needs is told which right, before anything is written.
@Suite struct PermissionCheckTests {
    @Test func aViewerIsRefusedBeforeTheFirstWrite() async throws {
        let fixture = try await SimulatorFixture.start()
        defer { Task { await fixture.stop() } }
        let apply = try await fixture.run(
            ["apply", Paths.multiProject, "--auto-approve"],
            environment: ["ZEPHYR_USER": "viewer", "ZEPHYR_PASSWORD": "viewer"])
        #expect(apply.exitCode == 1)
        #expect(apply.stderr.contains("error: the signed-in user lacks Jira administrator rights (Administer Jira)"))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)
        let counts = await fixture.simulator.requestCounts()
        #expect(counts["GET /rest/api/2/mypermissions"] == 1)
    }

    @Test func anAdministratorIsAskedOnceAndApplies() async throws {
        let fixture = try await SimulatorFixture.start()
        defer { Task { await fixture.stop() } }
        let apply = try await fixture.run(["apply", Paths.multiProject, "--auto-approve"])
        #expect(apply.exitCode == 0, "\(apply.stderr)")
        #expect(await fixture.simulator.requestCounts()["GET /rest/api/2/mypermissions"] == 1)
    }
}
