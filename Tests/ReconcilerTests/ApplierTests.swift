import FieldSpec
import Testing
import ZephyrClient
import ZephyrDomain
import ZephyrSimulator

@testable import Reconciler

/// Apply against the in-process simulator through the real client: every change kind, and the
/// server quirks the applier must respect.
@Suite struct ApplierTests {
    static let config = """
        # file: defs.yaml
        fields:
          - {name: Browser, entity: EXECUTION, type: SINGLE_SELECT, description: Browser the run used, options: [Chrome, Firefox, "Won't say"]}
          - {name: Stage, entity: EXECUTION, type: MULTI_SELECT, options: [Staging, Production]}
          - {name: Result, entity: TESTSTEP, type: RADIO_BUTTON, options: [Pass, Fail]}
        # file: web.yaml
        project: WEB
        fields:
          - {name: Browser, entity: EXECUTION}
          - {name: Stage, entity: EXECUTION}
          - {name: Result, entity: TESTSTEP}
        # file: api.yaml
        project: API
        fields:
          - {name: Stage, entity: EXECUTION}
          - {name: Notes, entity: TESTSTEP, type: LARGE_TEXT}
        """

    @Test func applyFromEmptyConvergesAndStoresApostrophesAsWritten() async throws {
        let harness = try await SimulatorHarness.start()
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(Self.config)
        let result = try await harness.apply(spec)
        #expect(result.succeeded, "\(result.failed)")
        #expect(result.counts.created == 4)
        #expect(result.counts.enabled == 5)
        #expect(await harness.mismatches(with: spec) == [])
        #expect(
            await harness.fields()[FieldKey(entity: .execution, name: "Browser")]?.options.map(\.text).contains(
                "Won't say") == true)
        let again = try await harness.plan(spec)
        #expect(!again.plan.hasChanges, "\(Snippet.text(again.plan))")
    }

    @Test func renameAndOptionChangesKeepIds() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(
            name: "Env", entity: .execution, type: .multiSelect, options: ["Staging", "Prod", "QA"], enabledIn: ["WEB"])
        let harness = try await SimulatorHarness.start(state: state)
        defer { Task { await harness.stop() } }
        let before = try #require(await harness.simulator.snapshot().fields.first { $0.id == id })
        let spec = try Snippet.spec(
            """
            project: WEB
            fields:
              - {name: Stage, entity: EXECUTION, type: MULTI_SELECT, previously: [Env], options: [Staging, {text: Production, previously: [Prod]}, Dev]}
            """)
        let result = try await harness.apply(spec)
        #expect(result.succeeded, "\(result.failed)")
        let after = try #require(await harness.simulator.snapshot().fields.first { $0.id == id })
        #expect(after.name == "Stage")
        let optionId = { (field: SimField, text: String) in field.options.first { $0.text == text }?.id }
        #expect(optionId(after, "Staging") == optionId(before, "Staging"))
        #expect(optionId(after, "Production") == optionId(before, "Prod"))
        #expect(Set(after.options.map(\.text)) == ["Staging", "Production", "Dev"])
        #expect(await harness.mismatches(with: spec) == [])
    }

    @Test func alreadyEnabledFieldGetsNoToggle() async throws {
        var state = SimulatorState.seeded()
        state.addField(name: "Browser", entity: .execution, type: .text, enabledIn: ["WEB"])
        let harness = try await SimulatorHarness.start(state: state)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
            """)
        await harness.simulator.resetCounts()
        let result = try await harness.apply(spec)
        #expect(result.done.isEmpty)
        #expect(await harness.simulator.mutatingRequestCount() == 0)
        #expect(await harness.mismatches(with: spec) == [])
    }

    @Test func replaceWaitsForTheBackgroundDelete() async throws {
        var state = SimulatorState.seeded()
        state.addField(name: "Result", entity: .execution, type: .text, enabledIn: ["WEB"])
        let harness = try await SimulatorHarness.start(
            state: state, options: SimulatorOptions(deleteDelayMilliseconds: 300))
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            project: WEB
            fields: [{name: Result, entity: EXECUTION, type: SINGLE_SELECT, options: [Pass, Fail]}]
            """)
        let plan = try await harness.plan(spec).plan
        let result = try await harness.apply(spec)
        #expect(result.succeeded, "\(result.failed)")
        // A replace is one change, not also a delete; the new field's enable counts as in the plan.
        #expect(plan.summary.line == "0 to create, 0 to update, 1 to replace, 0 to delete, 1 to enable, 0 to disable")
        #expect(result.counts == ApplyCounts(replaced: 1, enabled: 1))
        #expect(result.counts.line == "0 created, 0 updated, 1 replaced, 0 deleted, 1 enabled, 0 disabled")
        #expect(await harness.mismatches(with: spec) == [])
    }

    @Test func createsWaitForDeletesAtTheFieldLimit() async throws {
        var state = SimulatorState.seeded()
        for index in 1...4 { state.addField(name: "Old \(index)", entity: .testStep, type: .text) }
        let harness = try await SimulatorHarness.start(
            state: state, options: SimulatorOptions(deleteDelayMilliseconds: 100))
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            project: WEB
            fields:
              - {name: Old 1, entity: TESTSTEP, type: TEXT}
              - {name: New, entity: TESTSTEP, type: TEXT}
            settings: {prune: true}
            """)
        let result = try await harness.apply(spec)
        #expect(result.succeeded, "\(result.failed)")
        #expect(await harness.mismatches(with: spec) == [])
        #expect(await harness.fields().count == 2)
    }

    @Test func nothingOutsideThePlanIsTouched() async throws {
        var state = SimulatorState.seeded()
        let legacy = state.addField(
            name: "Legacy", entity: .execution, type: .text, description: "by hand", enabledIn: ["WEB", "MOBILE"])
        let harness = try await SimulatorHarness.start(state: state)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(Self.config)
        let result = try await harness.apply(spec, options: PlanOptions())
        #expect(result.succeeded)
        let after = try #require(await harness.simulator.snapshot().fields.first { $0.id == legacy })
        #expect(after.enabledProjectIds == ["10000", "10002"])
        #expect(after.description == "by hand")
    }
}
