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
}
