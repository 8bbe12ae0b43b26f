import FieldSpec
import Testing
@testable import Reconciler
import TestSupport
import ZephyrDomain

/// The library lifecycle (plan -> confirm -> apply -> report) driven without the command line.
@Suite struct ReconciliationTests {
    /// Records what the lifecycle asked of it, in order.
    final class Observer: ApplyObserver {
        let answer: Bool
        let calls = Locked<[String]>([])

        init(confirms answer: Bool) { self.answer = answer }

        func planned(_ plan: Plan) { calls.withLock { $0.append("planned \(plan.summary.line)") } }
        func confirm() async throws -> Bool {
            calls.withLock { $0.append("confirm") }
            return answer
        }
        func applying(cancellation: CancellationFlag) { calls.withLock { $0.append("applying") } }
        func progress(_ event: ApplyEvent) { calls.withLock { $0.append("\(event.status.rawValue) \(event.operation)") } }
        func applied(_ result: ApplyResult) { calls.withLock { $0.append("applied \(result.counts.line)") } }
    }

    static let yaml = """
    project: WEB
    fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
    """

    @Test func confirmedApplyRunsThePlanThroughTheBackend() async throws {
        let backend = StubBackend(state: Snippet.remote([]))
        let observer = Observer(confirms: true)
        let outcome = try await Reconciliation(backend: backend, parallelism: 4).apply(.configuration(try Snippet.spec(Self.yaml)), observer: observer)
        guard case .applied(let result) = outcome else { Issue.record("\(outcome)"); return }
        #expect(result.succeeded)
        #expect(backend.executed.withLock { $0 } == ["EXECUTION/Browser: create", "EXECUTION/Browser: enable in WEB (10000)"])
        #expect(observer.calls.withLock { $0 } == [
            "planned 1 to create, 0 to update, 0 to replace, 0 to delete, 1 to enable, 0 to disable", "confirm", "applying",
            "done EXECUTION/Browser: create", "done EXECUTION/Browser: enable in WEB (10000)",
            "applied 1 created, 0 updated, 0 replaced, 0 deleted, 1 enabled, 0 disabled",
        ])
    }

    @Test func declinedApplySendsNothing() async throws {
        let backend = StubBackend(state: Snippet.remote([]))
        let outcome = try await Reconciliation(backend: backend, parallelism: 4)
            .apply(.configuration(try Snippet.spec(Self.yaml)), observer: Observer(confirms: false))
        guard case .declined = outcome else { Issue.record("\(outcome)"); return }
        #expect(backend.executed.withLock { $0 }.isEmpty)
    }

    @Test func blockedPlanIsShownButNeverConfirmedOrApplied() async throws {
        let backend = StubBackend(state: Snippet.remote([Snippet.field(4, "Browser", type: "NUMBER")], enabled: [Snippet.web: [4]]))
        let observer = Observer(confirms: true)
        let outcome = try await Reconciliation(backend: backend, parallelism: 4).apply(.configuration(try Snippet.spec(Self.yaml)), observer: observer)
        guard case .blocked(let plan) = outcome else { Issue.record("\(outcome)"); return }
        #expect(plan.blockedBy == [.replaceNotAllowed(
            FieldKey(entity: .execution, name: "Browser"),
            [AttributeChange(attribute: .type, before: "NUMBER", after: "TEXT", forcesReplacement: true)]
        )])
        #expect(observer.calls.withLock { $0 }.count == 1)
        #expect(backend.executed.withLock { $0 }.isEmpty)
    }

    @Test func savedPlanIsAppliedWithoutAskingUnlessTheServerChanged() async throws {
        let backend = StubBackend(state: Snippet.remote([]))
        let reconciliation = Reconciliation(backend: backend, parallelism: 4)
        let spec = try Snippet.spec(Self.yaml)
        let saved = try await reconciliation.plan(spec).saved(toolVersion: "test", server: "https://jira", settings: spec.settings)

        backend.state.withLock { $0 = Snippet.remote([Snippet.field(9, "By hand")]) }
        await #expect(throws: ReconcilerError.self) { try await reconciliation.apply(.savedPlan(saved), observer: Observer(confirms: false)) }
        #expect(backend.executed.withLock { $0 }.isEmpty)

        backend.state.withLock { $0 = Snippet.remote([]) }
        let observer = Observer(confirms: false)
        let outcome = try await reconciliation.apply(.savedPlan(saved), observer: observer)
        guard case .applied(let result) = outcome else { Issue.record("\(outcome)"); return }
        #expect(result.succeeded)
        #expect(!observer.calls.withLock { $0 }.contains("confirm"))
    }
}
