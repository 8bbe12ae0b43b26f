import Testing
import ZephyrDomain

@testable import Reconciler

/// What `apply --plan` re-checks beyond the plan itself: the configuration's limits and the
/// exact server. (Found missing by scripts/mutation-check.)
@Suite struct SavedPlanVerificationTests {
    @Test func aConfigurationWhoseFieldLimitsChangedIsRefused() async throws {
        let (saved, _) = try await ReconciliationTests.saved(state: Snippet.remote([]))
        // The same fields, so the same plan; only the limits the apply would order creates by differ.
        let changed = try Snippet.spec(ReconciliationTests.yaml + "\nsettings: {field_limits: {TESTSTEP: 3}}\n")
        let backend = StubBackend(state: Snippet.remote([]))
        await #expect(throws: ReconcilerError.planMismatch) {
            try await ReconciliationTests.applying(saved, changed, to: backend)
        }
        #expect(backend.executed.withLock { $0 }.isEmpty)
    }

    @Test(arguments: ["https://jira:8443", "https://jira/other", "http://jira"])
    func aPlanForAnotherPortPathOrSchemeIsRefused(server: String) async throws {
        let (saved, spec) = try await ReconciliationTests.saved(state: Snippet.remote([]))
        let backend = StubBackend(state: Snippet.remote([]))
        await #expect(throws: ReconcilerError.self) {
            try await ReconciliationTests.applying(saved, spec, to: backend, server: server)
        }
        #expect(backend.executed.withLock { $0 }.isEmpty)
    }
}
