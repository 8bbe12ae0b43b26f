import Testing
import ZephyrBackends
import ZephyrDomain

@testable import Reconciler

/// Planning for Zephyr Enterprise: creates carry their projects, option lists are written whole,
/// and everything its REST API cannot do is a manual step, never a call (and never delete +
/// create). Each rule is checked on both sides.
@Suite struct EnterprisePlannerTests {
    static let settings = "settings:\n  flavor: enterprise\n"

    static func plan(_ yaml: String, _ remote: RemoteState, options: PlanOptions = PlanOptions()) throws -> Plan {
        try Snippet.plan(settings + yaml, remote, options: options, capabilities: EnterpriseBackend.capabilities)
    }

    static func steps(_ plan: Plan) -> [String] {
        plan.handSteps.map { "\($0.field): \($0.sentence)" }
    }

    @Test func createCarriesTheProjectsWhoseFilesListIt() throws {
        let plan = try Self.plan(
            """
            # file: web.yaml
            project: WEB
            fields:
              - {name: Browser, entity: TESTCASE, type: SINGLE_SELECT, options: [Chrome, Firefox]}
            # file: api.yaml
            project: API
            fields:
              - {name: Browser, entity: TESTCASE}
            """, Snippet.remote([]))
        let change = try #require(plan.changes.first)
        #expect(change.action == .create)
        #expect(change.projects == [], "no per-project enable calls on Enterprise")
        #expect(change.after?.projects == [Snippet.api, Snippet.web])
        #expect(change.after?.allProjects == false)
        #expect(Snippet.text(plan).contains(#"+ projects    = ["API (10001)", "WEB (10000)"]"#))
        #expect(plan.summary.enable == 0)
    }

    @Test func projectsAllCreatesAFieldForEveryProject() throws {
        let plan = try Self.plan(
            """
            fields:
              - {name: Reviewed, entity: REQUIREMENT, type: CHECKBOX, projects: all}
            """, Snippet.remote([]))
        let change = try #require(plan.changes.first)
        #expect(change.after?.allProjects == true)
        #expect(change.after?.projects == [])
        #expect(Snippet.text(plan).contains("+ projects    = all"))
    }

    @Test func renameDescriptionAndTypeAreManualStepsNotCalls() throws {
        let remote = Snippet.remote(
            [
                Snippet.field(1, "Browser", .testCase, type: "SINGLE_SELECT", description: "old", options: ["Chrome"]),
                Snippet.field(2, "Notes", .requirement, type: "LARGE_TEXT"),
            ], enabled: [Snippet.web: [1, 2]])
        let plan = try Self.plan(
            """
            project: WEB
            fields:
              - {name: Web browser, previously: [Browser], entity: TESTCASE, type: SINGLE_SELECT, description: new, options: [Chrome]}
              - {name: Notes, entity: REQUIREMENT, type: TEXT}
            """, remote)
        #expect(!plan.hasChanges, "nothing the REST API can do: \(Snippet.text(plan))")
        #expect(!plan.isBlocked, "a type change is a manual step, not a blocked replace")
        let steps = Self.steps(plan)
        #expect(steps.count == 3)
        #expect(steps.contains { $0.contains(#"rename "Browser" to "Web browser""#) })
        #expect(steps.contains { $0.contains(#"change the description from "old" to "new""#) })
        #expect(
            steps.contains {
                $0.hasPrefix("REQUIREMENT/Notes: change type from LARGE_TEXT to TEXT")
                    && $0.contains("would orphan every value")
            })
        #expect(plan.summary.manualSteps == 3)
        #expect(Snippet.text(plan).contains("3 manual steps outstanding"))
    }

    @Test func clearingADescriptionIsAHandEditNotImpossible() throws {
        let remote = Snippet.remote(
            [Snippet.field(1, "Notes", .testCase, type: "TEXT", description: "old")], enabled: [Snippet.web: [1]])
        let plan = try Self.plan(
            """
            project: WEB
            fields:
              - {name: Notes, entity: TESTCASE, type: TEXT, description: ""}
            """, remote)
        #expect(plan.handSteps.map(\.action) == [.clearDescription(current: "old")])
        #expect(plan.notices.isEmpty)
    }

    @Test func optionChangesAreOneWholeListWriteKeepingIds() throws {
        let remote = Snippet.remote(
            [Snippet.field(1, "Browser", .testCase, type: "SINGLE_SELECT", options: ["Chrome", "FF", "IE"])],
            enabled: [Snippet.web: [1]])
        let plan = try Self.plan(
            """
            project: WEB
            fields:
              - {name: Browser, entity: TESTCASE, type: SINGLE_SELECT, options: [Chrome, {text: Firefox, previously: [FF]}, Edge]}
            """, remote)
        let change = try #require(plan.changes.first)
        #expect(change.action == .update)
        let operations = OperationGraph(
            plan: plan, remote: remote, limits: [:], capabilities: EnterpriseBackend.capabilities
        ).operations
        #expect(operations.count == 1)
        guard case .writeOptions(let options) = operations.first?.kind else {
            Issue.record("expected one option-list write, got \(operations.map(\.summary))")
            return
        }
        #expect(options.map(\.kind) == [.add, .rename, .remove])
        #expect(options.first { $0.kind == .rename }?.optionId == "101")
        #expect(options.first { $0.kind == .remove }?.optionId == "102")
    }

    @Test func squadGraphStillMakesOneCallPerOption() throws {
        let remote = Snippet.remote(
            [Snippet.field(1, "Browser", .execution, type: "SINGLE_SELECT", options: ["Chrome", "IE"])],
            enabled: [Snippet.web: [1]])
        let plan = try Snippet.plan(
            """
            project: WEB
            fields:
              - {name: Browser, entity: EXECUTION, type: SINGLE_SELECT, options: [Chrome, Edge]}
            """, remote)
        let operations = OperationGraph(
            plan: plan, remote: remote, limits: [:], capabilities: SquadBackend.capabilities
        ).operations
        #expect(operations.count == 2)
    }

    @Test func scopeDifferencesAreManualSteps() throws {
        // Browser is in WEB only but API's file lists it; Notes is in WEB but no file lists it there.
        let remote = Snippet.remote(
            [
                Snippet.field(1, "Browser", .testCase),
                Snippet.field(2, "Notes", .testCase),
                Snippet.field(3, "Everywhere", .testCase, allProjects: true),
                Snippet.field(4, "Somewhere", .testCase),
            ], enabled: [Snippet.web: [1, 2, 3, 4], Snippet.api: [3]])
        let plan = try Self.plan(
            """
            # file: defs.yaml
            fields:
              - {name: Browser, entity: TESTCASE, type: TEXT}
              - {name: Notes, entity: TESTCASE, type: TEXT}
              - {name: Everywhere, entity: TESTCASE, type: TEXT}
              - {name: Somewhere, entity: TESTCASE, type: TEXT, projects: all}
            # file: web.yaml
            project: WEB
            fields:
              - {name: Browser, entity: TESTCASE}
              - {name: Everywhere, entity: TESTCASE}
            # file: api.yaml
            project: API
            fields:
              - {name: Browser, entity: TESTCASE}
            """, remote)
        #expect(!plan.hasChanges)
        let actions = Dictionary(grouping: plan.handSteps, by: \.field.name).mapValues { $0.map(\.action) }
        #expect(actions["Browser"] == [.enable(Snippet.api)])
        #expect(actions["Notes"] == [.disable(Snippet.web)])
        #expect(actions["Everywhere"] == [.limitToProjects([Snippet.web])])
        #expect(actions["Somewhere"] == [.useAllProjects])
    }

    @Test func matchingScopesPlanNothing() throws {
        let remote = Snippet.remote(
            [Snippet.field(1, "Browser", .testCase), Snippet.field(3, "Everywhere", .testCase, allProjects: true)],
            enabled: [Snippet.web: [1, 3], Snippet.api: [3]])
        let plan = try Self.plan(
            """
            # file: defs.yaml
            fields:
              - {name: Everywhere, entity: TESTCASE, type: TEXT, projects: all}
            # file: web.yaml
            project: WEB
            fields:
              - {name: Browser, entity: TESTCASE, type: TEXT}
            """, remote)
        #expect(!plan.hasChanges)
        #expect(plan.manualSteps.isEmpty, "\(Self.steps(plan))")
    }

    @Test func aFieldNoProjectFileListsKeepsItsScope() throws {
        // "Projects without a file are never touched": with no file listing it, the configuration
        // says nothing about where the field belongs.
        let remote = Snippet.remote(
            [Snippet.field(3, "Everywhere", .testCase, allProjects: true)], enabled: [Snippet.web: [3]])
        let plan = try Self.plan(
            """
            # file: defs.yaml
            fields:
              - {name: Everywhere, entity: TESTCASE, type: TEXT}
            # file: web.yaml
            project: WEB
            fields: []
            """, remote)
        #expect(plan.manualSteps.isEmpty, "\(Self.steps(plan))")
    }

    @Test func pruneOnEnterpriseIsAManualDeleteNeverACall() throws {
        let remote = Snippet.remote([Snippet.field(7, "Legacy", .testCase)], enabled: [Snippet.web: [7]])
        let plan = try Snippet.plan(
            """
            settings:
              flavor: enterprise
              prune: true
            """, remote, capabilities: EnterpriseBackend.capabilities)
        #expect(!plan.hasChanges)
        #expect(!plan.isBlocked)
        #expect(plan.handSteps.map(\.action) == [.delete])
        #expect(Self.steps(plan).first?.contains("drops every value recorded in it") == true)
    }

    @Test func unmanagedFieldsAreReportedAsOnSquad() throws {
        let remote = Snippet.remote([Snippet.field(7, "Legacy", .requirement)])
        let plan = try Self.plan("fields: []\n", remote)
        #expect(plan.unmanaged.map(\.name) == ["Legacy"])
        #expect(plan.manualSteps.isEmpty)
    }
}
