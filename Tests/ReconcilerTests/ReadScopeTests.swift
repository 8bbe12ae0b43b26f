import FieldSpec
import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import Reconciler

/// Issue 13: per-project reads only for the entities a run manages.
@Suite struct ReadScopeTests {
    /// Per-project enablement reads, whatever the route the client uses for them.
    private func perProjectReads(_ harness: SimulatorHarness) async -> Int {
        await harness.simulator.requestCounts()
            .filter { $0.key.hasPrefix("GET ") && $0.key.contains("EntityTypeAndProject") }
            .values.reduce(0, +)
    }

    @Test func aPlanOfExecutionFieldsReadsOneListPerProject() async throws {
        let harness = try await SimulatorHarness.start(state: .seeded(projectCount: 3))
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
            """)
        #expect(Reconciliation.managedEntities(spec) == [.execution])
        _ = try await harness.plan(spec)
        // Only WEB has a file, so only WEB is read: one list, not one per entity.
        #expect(await perProjectReads(harness) == 1)
    }

    @Test func pruneReadsEveryEntityBecauseAnyFieldMayBeDeleted() async throws {
        let harness = try await SimulatorHarness.start(state: .seeded(projectCount: 3))
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            settings: {prune: true}
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
            """)
        #expect(Reconciliation.managedEntities(spec) == Set(ServerFlavor.squad.entities))
        _ = try await harness.plan(spec)
        #expect(await perProjectReads(harness) == ServerFlavor.squad.entities.count)
    }

    /// A field declared as EXECUTION that the server has as TESTSTEP is replaced: where the old
    /// one is enabled must be read too, though no definition is a TESTSTEP field.
    @Test func anEntityChangeAlsoReadsTheOldEntity() async throws {
        var state = SimulatorState.seeded(projectCount: 3)
        let old = state.addField(name: "Browser", entity: .testStep, type: .text, enabledIn: ["WEB"])
        let harness = try await SimulatorHarness.start(state: state)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            project: WEB
            fields: [{name: browser, entity: EXECUTION, type: TEXT}]
            """)
        let result = try await harness.plan(spec)
        #expect(await perProjectReads(harness) == 2)
        #expect(result.remote.enabled.values.contains { $0.contains(old) })
        #expect(result.plan.changes.contains { $0.action == .replace && $0.fieldId == old })
    }

    @Test func onlyNamesDeclaredUnderAnotherEntityWiden() throws {
        let execution = RemoteField(
            id: 1, name: " Browser ", description: nil, typeName: "TEXT", entity: .execution, options: [])
        let step = RemoteField(id: 2, name: "Notes", description: nil, typeName: "TEXT", entity: .testStep, options: [])
        let remote = RemoteState(fields: [.execution: [execution], .testStep: [step]], enabled: [:])
        let sameEntity = try Snippet.spec("project: WEB\nfields: [{name: browser, entity: EXECUTION, type: TEXT}]")
        let moved = try Snippet.spec("project: WEB\nfields: [{name: BROWSER, entity: TESTSTEP, type: TEXT}]")
        #expect(Reconciliation.entitiesFieldsMayMoveFrom(sameEntity, remote: remote).isEmpty)
        #expect(Reconciliation.entitiesFieldsMayMoveFrom(moved, remote: remote) == [.execution])
    }
}
