import Testing
import ZephyrDomain

@testable import Reconciler

/// How definitions and options find what they describe on the server: exact names first, then
/// every `previously` name in turn, and never a field another definition owns.
/// (Found missing by scripts/mutation-check.)
@Suite struct IdentityMatchingTests {
    @Test func everyPreviouslyNameIsTriedNotJustTheFirst() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT, previously: [Web browser, Navigator]}]
            """, Snippet.remote([Snippet.field(7, "Navigator")], enabled: [Snippet.web: [7]]))
        let change = try #require(plan.changes.first)
        #expect(plan.changes.count == 1)
        #expect(change.action == .update)
        #expect(change.fieldId == 7)
        #expect(change.attributes == [AttributeChange(attribute: .name, before: "Navigator", after: "Browser")])
        #expect(plan.unmanaged.isEmpty)
    }

    @Test func anExactNameWinsOverAPreviouslyName() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT, previously: [Navigator]}]
            """,
            Snippet.remote([Snippet.field(1, "Browser"), Snippet.field(2, "Navigator")], enabled: [Snippet.web: [1]]))
        #expect(!plan.hasChanges)
        #expect(plan.unmanaged == [UnmanagedField(entity: .execution, name: "Navigator", fieldId: 2)])
    }

    @Test func anEntityChangeNeverTakesAFieldAnotherDefinitionRenames() throws {
        // TESTSTEP/Notes is being renamed to Remarks; EXECUTION/Notes is a new field, not a
        // replacement of the TESTSTEP one (that would delete the values Remarks keeps).
        let plan = try Snippet.plan(
            """
            project: WEB
            fields:
              - {name: Notes, entity: EXECUTION, type: TEXT}
              - {name: Remarks, entity: TESTSTEP, type: TEXT, previously: [Notes]}
            """, Snippet.remote([Snippet.field(5, "Notes", .testStep)]), options: PlanOptions(allowReplace: true))
        #expect(plan.changes.map(\.action) == [.create, .update])
        #expect(plan.changes.map(\.fieldId) == [nil, 5])
        #expect(plan.summary.replace == 0)
    }

    @Test func everyPreviouslyTextOfAnOptionIsTried() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: SINGLE_SELECT, options: [Chrome, {text: Edge, previously: [IE, Internet Explorer]}]}]
            """,
            Snippet.remote(
                [Snippet.field(2, "Browser", type: "SINGLE_SELECT", options: ["Chrome", "Internet Explorer"])],
                enabled: [Snippet.web: [2]]))
        let change = try #require(plan.changes.first)
        #expect(
            change.options == [OptionChange(kind: .rename, optionId: "201", before: "Internet Explorer", after: "Edge")]
        )
    }

    @Test func aFieldAlreadyEnabledInAProjectIsNotEnabledAgain() throws {
        // The enable call is a toggle on Squad: sending it for an enabled field switches it off.
        let plan = try Snippet.plan(
            """
            # file: web.yaml
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT, previously: [Web browser]}]
            # file: api.yaml
            project: API
            fields: [{name: Browser, entity: EXECUTION}]
            """, Snippet.remote([Snippet.field(7, "Web browser")], enabled: [Snippet.web: [7]]))
        let change = try #require(plan.changes.first)
        #expect(change.projects == [ProjectChange(kind: .enable, project: Snippet.api)])
    }

    @Test func aFieldNotEnabledInAProjectIsNotDisabledThere() throws {
        let plan = try Snippet.plan(
            """
            # file: defs.yaml
            fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
            # file: web.yaml
            project: WEB
            fields: [{name: Browser, entity: EXECUTION}]
            # file: api.yaml
            project: API
            fields: []
            """, Snippet.remote([Snippet.field(1, "Browser")], enabled: [Snippet.web: [1]]))
        #expect(!plan.hasChanges)
    }

    @Test func surroundingWhitespaceAndNullDescriptionsNeverDiff() throws {
        // What the server trims or stores as null plans no change: no perpetual diff.
        let plan = try Snippet.plan(
            """
            project: WEB
            fields:
              - {name: Browser, entity: EXECUTION, type: SINGLE_SELECT, description: "", options: [Chrome, Firefox]}
              - {name: OS, entity: EXECUTION, type: TEXT, description: Operating system}
            """,
            Snippet.remote(
                [
                    Snippet.field(
                        1, "Browser", type: "SINGLE_SELECT", description: nil, options: [" Chrome", "Firefox "]),
                    Snippet.field(2, "OS", description: "Operating system \n"),
                ], enabled: [Snippet.web: [1, 2]]))
        #expect(!plan.hasChanges, "\(Snippet.text(plan))")
        #expect(plan.manualSteps.isEmpty)
    }
}
