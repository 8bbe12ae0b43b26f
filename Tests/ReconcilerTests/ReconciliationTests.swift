import FieldSpec
import TestSupport
import Testing
import ZephyrDomain

@testable import Reconciler

/// The library lifecycle (plan -> confirm -> apply -> report) driven without the command line.
@Suite struct ReconciliationTests {
    /// Records what the lifecycle asked of it, in order.
    final class Observer: ApplyObserver {
        let answer: Bool
        let calls = Locked<[String]>([])

        init(confirms answer: Bool) { self.answer = answer }

        func planned(_ plan: Plan) async { calls.withLock { $0.append("planned \(plan.summary.line)") } }
        func confirm() async throws -> Bool {
            calls.withLock { $0.append("confirm") }
            return answer
        }
        func applying(cancellation: CancellationFlag) async { calls.withLock { $0.append("applying") } }
        func progress(_ event: ApplyEvent) {
            calls.withLock { $0.append("\(event.status.rawValue) \(event.operation)") }
        }
        func applied(_ result: ApplyResult) async { calls.withLock { $0.append("applied \(result.counts.line)") } }
    }

    static let yaml = """
        project: WEB
        fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
        """

    @Test func confirmedApplyRunsThePlanThroughTheBackend() async throws {
        let backend = StubBackend(state: Snippet.remote([]))
        let observer = Observer(confirms: true)
        let outcome = try await Reconciliation(backend: backend, parallelism: 4).apply(
            .configuration(try Snippet.spec(Self.yaml)), observer: observer)
        guard case .applied(let result) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(result.succeeded)
        #expect(
            backend.executed.withLock { $0 } == [
                "EXECUTION/Browser: create", "EXECUTION/Browser: enable in WEB (10000)",
            ])
        #expect(
            observer.calls.withLock { $0 } == [
                "planned 1 to create, 0 to update, 0 to replace, 0 to delete, 1 to enable, 0 to disable", "confirm",
                "applying",
                "done EXECUTION/Browser: create", "done EXECUTION/Browser: enable in WEB (10000)",
                "applied 1 created, 0 updated, 0 replaced, 0 deleted, 1 enabled, 0 disabled",
            ])
    }

    @Test func declinedApplySendsNothing() async throws {
        let backend = StubBackend(state: Snippet.remote([]))
        let outcome = try await Reconciliation(backend: backend, parallelism: 4)
            .apply(.configuration(try Snippet.spec(Self.yaml)), observer: Observer(confirms: false))
        guard case .declined = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(backend.executed.withLock { $0 }.isEmpty)
    }

    @Test func blockedPlanIsShownButNeverConfirmedOrApplied() async throws {
        let backend = StubBackend(
            state: Snippet.remote([Snippet.field(4, "Browser", type: "NUMBER")], enabled: [Snippet.web: [4]]))
        let observer = Observer(confirms: true)
        let outcome = try await Reconciliation(backend: backend, parallelism: 4).apply(
            .configuration(try Snippet.spec(Self.yaml)), observer: observer)
        guard case .blocked(let plan) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(
            plan.blockedBy == [
                .replaceNotAllowed(
                    FieldKey(entity: .execution, name: "Browser"),
                    [AttributeChange(attribute: .type, before: "NUMBER", after: "TEXT", forcesReplacement: true)]
                )
            ])
        #expect(observer.calls.withLock { $0 }.count == 1)
        #expect(backend.executed.withLock { $0 }.isEmpty)
    }

    /// A saved plan made from `yaml` against `state`, through the lifecycle as `plan --out` makes it.
    static func saved(_ yaml: String = yaml, state: RemoteState, options: PlanOptions = PlanOptions()) async throws -> (
        SavedPlan, Spec
    ) {
        let spec = try Snippet.spec(yaml)
        let result = try await Reconciliation(backend: StubBackend(state: state), options: options, parallelism: 4)
            .plan(spec)
        return (
            result.saved(toolVersion: "test", server: "https://jira", settings: spec.settings, options: options), spec
        )
    }

    /// The same saved plan with `edit` applied to its plan: what a tampered file decodes to.
    static func tampered(_ saved: SavedPlan, _ edit: (Plan) -> Plan) -> SavedPlan {
        SavedPlan(
            toolVersion: saved.toolVersion, server: saved.server, projects: saved.projects,
            fingerprint: saved.fingerprint,
            fieldLimits: saved.limits, options: saved.options, plan: edit(saved.plan)
        )
    }

    static func applying(_ saved: SavedPlan, _ spec: Spec, to backend: StubBackend, server: String = "https://jira")
        async throws -> ApplyOutcome
    {
        try await Reconciliation(backend: backend, parallelism: 4)
            .apply(.savedPlan(saved, configuration: spec, server: server), observer: Observer(confirms: false))
    }

    @Test func savedPlanIsAppliedWithoutAskingUnlessTheServerChanged() async throws {
        let (saved, spec) = try await Self.saved(state: Snippet.remote([]))
        let backend = StubBackend(state: Snippet.remote([Snippet.field(9, "By hand")]))
        await #expect(throws: ReconcilerError.self) { try await Self.applying(saved, spec, to: backend) }
        #expect(backend.executed.withLock { $0 }.isEmpty)

        backend.state.withLock { $0 = Snippet.remote([]) }
        let observer = Observer(confirms: false)
        let outcome = try await Reconciliation(backend: backend, parallelism: 4)
            .apply(.savedPlan(saved, configuration: spec, server: "https://jira"), observer: observer)
        guard case .applied(let result) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(result.succeeded)
        #expect(!observer.calls.withLock { $0 }.contains("confirm"))
    }

    /// Each edit of a saved plan that its rendering would not show, or that the configuration
    /// does not ask for, is refused before any call.
    @Test(arguments: [
        "rename", "protected delete", "unmanaged delete", "undeclared create", "unread project", "already enabled",
    ])
    func tamperedPlansAreRefused(edit: String) async throws {
        let state = Snippet.remote(
            [
                Snippet.field(1, "Browser", description: "old"), Snippet.field(2, "Ticket"), Snippet.field(3, "Legacy"),
            ], enabled: [Snippet.web: [1, 2]])
        let yaml = """
            project: WEB
            fields:
              - {name: Browser, entity: EXECUTION, type: TEXT, description: new}
              - {name: Ticket, entity: EXECUTION, type: TEXT, protect: true}
            """
        let (saved, spec) = try await Self.saved(yaml, state: state)
        let browser = try #require(saved.plan.changes.first)
        let edited = Self.tampered(saved) { plan in
            var changes = plan.changes
            switch edit {
            case "rename":
                changes = [
                    FieldChange(
                        entity: .execution, name: "Browser", action: .update, fieldId: 1, before: browser.before,
                        after: FieldSnapshot(
                            name: "Hijacked", entity: .execution, type: .known(.text), description: "new", options: []),
                        attributes: browser.attributes, reason: browser.reason)
                ]
            case "protected delete", "unmanaged delete":
                let (id, name) = edit == "protected delete" ? (2, "Ticket") : (3, "Legacy")
                changes.append(
                    FieldChange(
                        entity: .execution, name: name, action: .delete, fieldId: id, before: nil, after: nil,
                        reason: "edited"))
            case "undeclared create":
                changes.append(
                    FieldChange(
                        entity: .execution, name: "Extra", action: .create, fieldId: nil, before: nil,
                        after: FieldSnapshot(
                            name: "Extra", entity: .execution, type: .known(.text), description: nil, options: []),
                        reason: "edited"))
            case "unread project":
                changes.append(
                    FieldChange(
                        entity: .execution, name: "Ticket", action: .none, fieldId: 2, before: nil, after: nil,
                        projects: [ProjectChange(kind: .enable, project: Snippet.mobile)], reason: "edited"))
            default:  // "already enabled": the toggle would turn it off
                changes.append(
                    FieldChange(
                        entity: .execution, name: "Ticket", action: .none, fieldId: 2, before: nil, after: nil,
                        projects: [ProjectChange(kind: .enable, project: Snippet.web)], reason: "edited"))
            }
            return Plan(changes: changes, warnings: plan.warnings, unmanaged: plan.unmanaged, blockedBy: plan.blockedBy)
        }
        let backend = StubBackend(state: state)
        do {
            _ = try await Self.applying(edited, spec, to: backend)
            Issue.record("the edited plan (\(edit)) was applied")
        } catch {
            #expect(error as? ReconcilerError == .planMismatch)
        }
        #expect(backend.executed.withLock { $0 }.isEmpty)
        _ = try await Self.applying(saved, spec, to: backend)
        #expect(backend.executed.withLock { $0 } == ["EXECUTION/Browser: update"], "the untouched plan applies")
    }

    @Test func changedConfigurationOrFlagsAreRefused() async throws {
        let (saved, _) = try await Self.saved(state: Snippet.remote([]))
        let other = try Snippet.spec(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: NUMBER}]
            """)
        let backend = StubBackend(state: Snippet.remote([]))
        await #expect(throws: ReconcilerError.planMismatch) { try await Self.applying(saved, other, to: backend) }
        let (narrowed, spec) = try await Self.saved(
            state: Snippet.remote([]), options: PlanOptions(projectFilter: ["WEB"]))
        let widened = SavedPlan(
            toolVersion: "test", server: "https://jira", projects: narrowed.projects, fingerprint: narrowed.fingerprint,
            fieldLimits: narrowed.limits, options: PlanOptions(allowDelete: true, projectFilter: ["WEB"]),
            plan: narrowed.plan)
        _ = try await Self.applying(widened, spec, to: backend)  // same plan under other flags: still exactly what runs
        #expect(backend.executed.withLock { $0 }.count == 2)
    }

    @Test func planForAnotherServerIsRefused() async throws {
        let (saved, spec) = try await Self.saved(state: Snippet.remote([]))
        let backend = StubBackend(state: Snippet.remote([]))
        await #expect(
            throws: ReconcilerError.planForAnotherServer(planned: "https://jira", current: "https://elsewhere")
        ) {
            try await Self.applying(saved, spec, to: backend, server: "https://elsewhere")
        }
        #expect(backend.executed.withLock { $0 }.isEmpty)
    }
}
