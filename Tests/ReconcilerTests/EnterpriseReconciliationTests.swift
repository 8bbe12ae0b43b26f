import FieldSpec
import Foundation
import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import Reconciler

/// Plan and apply against the Zephyr Enterprise simulator over HTTP: what is sent, what the
/// server ends up holding, and what is never sent.
@Suite struct EnterpriseReconciliationTests {
    static let yaml = """
        # file: defs.yaml
        settings:
          flavor: enterprise
        fields:
          - {name: Reviewed, entity: REQUIREMENT, type: CHECKBOX, projects: all}
        # file: web.yaml
        project: Web Shop
        fields:
          - {name: Browser, entity: TESTCASE, type: SINGLE_SELECT, description: Browser under test, options: [Chrome, Firefox]}
          - {name: Notes, entity: TESTCASE, type: RICH_TEXT}
        # file: api.yaml
        project: Public API
        fields:
          - {name: Browser, entity: TESTCASE}
        """

    @Test func applyCreatesFieldsWithTheirProjectsAndOptionsThenPlansNothing() async throws {
        let harness = try await EnterpriseSimulatorHarness.start()
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(Self.yaml)
        let result = try await harness.apply(spec)
        #expect(result.failed.isEmpty, "\(result.failed)")
        #expect(result.counts.created == 3)

        let fields = await harness.fields()
        let browser = try #require(fields.first { $0.displayName == "Browser" })
        #expect(browser.entityName == "testcase")
        #expect(browser.allProject == false)
        #expect(browser.projectIds == [10000, 10001])
        #expect(browser.description == "Browser under test")
        #expect(browser.fieldTypeMetadata == 3)
        #expect(await harness.options(of: browser).map(\.id) == ["1", "2"])
        #expect(await harness.options(of: browser).map(\.value) == ["Chrome", "Firefox"])
        let reviewed = try #require(fields.first { $0.displayName == "Reviewed" })
        #expect(reviewed.allProject && reviewed.entityName == "requirement" && reviewed.fieldTypeMetadata == 4)
        #expect(fields.first { $0.displayName == "Notes" }?.fieldTypeMetadata == 13)

        let again = try await harness.plan(spec)
        #expect(!again.plan.hasChanges && again.plan.manualSteps.isEmpty, "\(Snippet.text(again.plan))")
    }

    @Test func readsDoNotGrowWithProjects() async throws {
        var state = SimulatorState.seeded(projectCount: 200)
        state.addEnterpriseField("Browser", type: 3, options: [("1", "Chrome")])
        state.addEnterpriseField("Notes", type: 1)
        let harness = try await EnterpriseSimulatorHarness.start(state: state)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            settings: {flavor: enterprise}
            fields:
              - {name: Browser, entity: TESTCASE, type: SINGLE_SELECT, options: [Chrome], projects: all}
              - {name: Notes, entity: TESTCASE, type: TEXT, projects: all}
            """)
        _ = try await harness.plan(spec)
        let reads = await harness.simulator.requestCounts().filter { $0.key.hasPrefix("GET") }
        let total = reads.values.reduce(0, +)
        // projects + catalogue + one list per entity + one option list per select field.
        #expect(total == 5, "\(reads)")
    }

    @Test func optionEditsKeepIdsAndNewIdsSkipIdsStillInUse() async throws {
        var state = SimulatorState.seeded()
        let browser = state.addEnterpriseField(
            "Browser", type: 3, allProject: false, projectIds: [10000],
            options: [("1", "Chrome"), ("2", "FF"), ("3", "IE")])
        // Values still point at option id 4, removed by hand long ago: a new option must not take it.
        state.markEnterpriseOption(preference: "testcase.\(browser.fieldName).LOV", id: "4", inUse: true)
        let harness = try await EnterpriseSimulatorHarness.start(state: state)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            settings: {flavor: enterprise}
            project: Web Shop
            fields:
              - {name: Browser, entity: TESTCASE, type: SINGLE_SELECT, options: [Chrome, {text: Firefox, previously: [FF]}, Edge]}
            """)
        let result = try await harness.apply(spec)
        #expect(result.failed.isEmpty, "\(result.failed)")
        let options = await harness.options(of: browser)
        #expect(options.map(\.value) == ["Chrome", "Firefox", "Edge"])
        #expect(options.map(\.id) == ["1", "2", "5"])
        #expect(await harness.writes() == ["PUT /flex/services/rest/v3/admin/preference": 1])
        #expect(try await !harness.plan(spec).plan.hasChanges)
    }

    @Test func removingAnOptionInUseIsBlockedUnlessAllowed() async throws {
        var state = SimulatorState.seeded()
        let browser = state.addEnterpriseField("Browser", type: 3, options: [("1", "Chrome"), ("2", "IE")])
        state.markEnterpriseOption(preference: "testcase.\(browser.fieldName).LOV", id: "2", inUse: true)
        let harness = try await EnterpriseSimulatorHarness.start(state: state)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            settings: {flavor: enterprise}
            fields:
              - {name: Browser, entity: TESTCASE, type: SINGLE_SELECT, options: [Chrome], projects: all}
            """)
        let blocked = try await harness.plan(spec).plan
        #expect(
            blocked.blockedBy == [.usedOptionRemoval(FieldKey(entity: .testCase, name: "Browser"), options: ["IE"])])
        #expect(blocked.blockedBy.first?.sentence.contains("--allow-removing-used-options") == true)

        let allowed = try await harness.plan(spec, options: PlanOptions(allowRemovingUsedOptions: true)).plan
        #expect(!allowed.isBlocked)
        #expect(allowed.warnings.contains { $0.message.contains("pointing at nothing") })

        // An option nobody uses is removed without asking.
        await harness.simulator.mutateState {
            $0.markEnterpriseOption(preference: "testcase.\(browser.fieldName).LOV", id: "2", inUse: false)
        }
        #expect(try await !harness.plan(spec).plan.isBlocked)
    }

    @Test func nothingTheRESTAPICannotDoIsEverSent() async throws {
        var state = SimulatorState.seeded()
        state.addEnterpriseField("Browser", type: 3, options: [("1", "Chrome")])
        state.addEnterpriseField("Legacy", type: 1)
        let harness = try await EnterpriseSimulatorHarness.start(
            state: state, options: SimulatorOptions(flavor: .enterprise, enterprise: .init(fieldUpdate: .accepted)))
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            settings: {flavor: enterprise, prune: true}
            fields:
              - {name: Web browser, previously: [Browser], entity: TESTCASE, type: MULTI_SELECT, description: new, options: [Chrome]}
            """)
        let result = try await harness.reconciliation(PlanOptions(allowReplace: true, allowDelete: true, force: true))
            .plan(spec)
        #expect(!result.plan.hasChanges)
        let steps = result.plan.handSteps.map(\.sentence)
        // The type change (which names the rename riding along) and the delete; nothing else.
        #expect(steps.count == 2, "\(steps)")
        #expect(
            steps.contains {
                $0.hasPrefix("change name from Browser to Web browser and type from SINGLE_SELECT to MULTI_SELECT")
            })
        _ = try await harness.apply(spec, options: PlanOptions(allowReplace: true, allowDelete: true, force: true))
        let writes = await harness.writes()
        #expect(writes.isEmpty, "\(writes)")
    }
}
