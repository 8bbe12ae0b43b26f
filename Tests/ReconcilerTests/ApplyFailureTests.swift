import FieldSpec
import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import Reconciler

/// A call the server refuses is a failure, never "done": the apply reports it and fails.
/// (Found missing by scripts/mutation-check.)
@Suite struct ApplyFailureTests {
    @Test func anUpdateOfAFieldDeletedSincePlanningFails() async throws {
        var state = SimulatorState.seeded()
        state.addField(name: "Browser", entity: .execution, type: .text, description: "old", enabledIn: ["WEB"])
        let harness = try await SimulatorHarness.start(
            state: state, options: SimulatorOptions(deleteDelayMilliseconds: 0), http: false)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            "project: WEB\nfields: [{name: Browser, entity: EXECUTION, type: TEXT, description: new}]\n")
        let planned = try await harness.plan(spec)
        let id = try #require(planned.plan.changes.first?.fieldId)
        // Someone deletes the field between plan and apply: Zephyr answers "not found" to the update.
        try await harness.client.deleteField(id: id)
        let result = await Applier(backend: harness.backend, parallelism: 1)
            .apply(planned.plan, remote: planned.remote, limits: spec.settings.fieldLimits)
        #expect(!result.succeeded)
        #expect(result.failed.count == 1)
    }
}
