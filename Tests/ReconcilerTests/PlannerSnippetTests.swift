import Testing
import ZephyrDomain

@testable import Reconciler

/// One test per change type: a small YAML and a small server state, and the plan they give.
@Suite struct PlannerSnippetTests {
    @Test func createsMissingFieldAndEnablesIt() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields:
              - name: Browser
                entity: EXECUTION
                type: SINGLE_SELECT
                description: Browser the run used
                options: [Chrome, Firefox]
            """, Snippet.remote([]))
        #expect(
            Snippet.text(plan) == """
                zephyr-fields will perform the following actions:

                  # EXECUTION/Browser will be created: not on the server
                  + field "Browser" {
                      + entity      = "EXECUTION"
                      + type        = "SINGLE_SELECT"
                      + description = "Browser the run used"
                      + options     = ["Chrome", "Firefox"]
                      + enable in WEB (10000)
                    }

                Plan: 1 to create, 0 to update, 0 to replace, 0 to delete, 1 to enable, 0 to disable.

                """)
    }

    @Test func noChangesWhenServerMatches() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields:
              - {name: Browser, entity: EXECUTION, type: SINGLE_SELECT, options: [Chrome, Firefox]}
            """,
            Snippet.remote(
                [Snippet.field(1, "Browser", type: "SINGLE_SELECT", options: ["Chrome", "Firefox"])],
                enabled: [Snippet.web: [1]]))
        #expect(!plan.hasChanges)
        #expect(Snippet.text(plan) == "No changes. Zephyr matches the configuration.\n")
    }

    @Test func renameThroughPreviouslyKeepsTheId() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields:
              - {name: Browser, entity: EXECUTION, type: TEXT, previously: [Web browser]}
            """, Snippet.remote([Snippet.field(7, "Web browser")], enabled: [Snippet.web: [7]]))
        let change = try #require(plan.changes.first)
        #expect(change.action == .update)
        #expect(change.fieldId == 7)
        #expect(change.attributes == [AttributeChange(attribute: .name, before: "Web browser", after: "Browser")])
        #expect(
            Snippet.text(plan).contains(
                """
                  # EXECUTION/Browser will be updated in place (id 7): renamed from "Web browser" (listed in previously)
                  ~ field "Browser" {
                      ~ name        = "Web browser" -> "Browser"
                    }
                """))
    }

    @Test func nameDifferingOnlyInCaseIsRenamed() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
            """, Snippet.remote([Snippet.field(3, "browser")], enabled: [Snippet.web: [3]]))
        #expect(plan.changes.map(\.action) == [.update])
        #expect(plan.changes.first?.reason == "name differs in case")
    }

    @Test func descriptionChangeIsAnUpdate() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Env, entity: EXECUTION, type: TEXT, description: Where it ran}]
            """, Snippet.remote([Snippet.field(3, "Env", description: "old")], enabled: [Snippet.web: [3]]))
        #expect(
            plan.changes.first?.attributes == [
                AttributeChange(attribute: .description, before: "old", after: "Where it ran")
            ])
    }

    @Test(arguments: [nil, ""] as [String?])
    func emptyAndNullDescriptionsAreTheSame(serverDescription: String?) throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Env, entity: EXECUTION, type: TEXT, description: ""}]
            """, Snippet.remote([Snippet.field(3, "Env", description: serverDescription)], enabled: [Snippet.web: [3]]))
        #expect(!plan.hasChanges)
        #expect(plan.notices.isEmpty)
    }

    @Test func clearingADescriptionIsANotPossibleStepNotACall() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Env, entity: EXECUTION, type: TEXT, description: ""}]
            """, Snippet.remote([Snippet.field(3, "Env", description: "set by hand")], enabled: [Snippet.web: [3]]))
        #expect(!plan.hasChanges)
        #expect(
            plan.manualSteps == [
                ManualStep(
                    field: FieldKey(entity: .execution, name: "Env"), action: .clearDescription(current: "set by hand"),
                    kind: .notPossible
                )
            ])
        #expect(
            plan.notices.map(\.message) == [
                "the server cannot clear a description; it stays \"set by hand\" (remove `description` from the file to stop this warning)"
            ])
    }

    @Test func unsetDescriptionIsLeftAlone() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Env, entity: EXECUTION, type: TEXT}]
            """, Snippet.remote([Snippet.field(3, "Env", description: "set by hand")], enabled: [Snippet.web: [3]]))
        #expect(!plan.hasChanges)
    }

    @Test func optionsAreAddedRenamedAndRemovedKeepingIds() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields:
              - name: Browser
                entity: EXECUTION
                type: MULTI_SELECT
                options: [Chrome, {text: Firefox, previously: [FF]}, Safari]
            """,
            Snippet.remote(
                [Snippet.field(2, "Browser", type: "MULTI_SELECT", options: ["Chrome", "FF", "IE"])],
                enabled: [Snippet.web: [2]]))
        let change = try #require(plan.changes.first)
        #expect(
            change.options == [
                OptionChange(kind: .add, after: "Safari"),
                OptionChange(kind: .rename, optionId: "201", before: "FF", after: "Firefox"),
                OptionChange(kind: .remove, optionId: "202", before: "IE"),
            ])
        #expect(
            Snippet.text(plan).contains(
                """
                      + option "Safari"
                      ~ option "FF" -> "Firefox"
                      - option "IE" # clears the values recorded with it
                """))
    }

    /// Removing an option destroys recorded values: every format says so, and the summary counts it.
    @Test func optionRemovalIsShownAsDataLossEverywhere() throws {
        let yaml = """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: SINGLE_SELECT, options: [Chrome]}]
            """
        let plan = try Snippet.plan(
            yaml,
            Snippet.remote(
                [Snippet.field(2, "Browser", type: "SINGLE_SELECT", options: ["Chrome", "IE", "Edge"])],
                enabled: [Snippet.web: [2]]))
        #expect(plan.summary.optionRemovals == 2)
        let text = Snippet.text(plan)
        #expect(text.contains("Data loss: 2 option removals clear the values recorded with them."))
        #expect(
            MarkdownPlanRenderer().render(plan, kind: .plan).contains(
                "> Data loss: 2 option removals clear the values recorded with them."))
        let json = JSONPlanRenderer().render(plan, kind: .plan)
        #expect(json.contains("\"option_removals\" : 2"))
        #expect(json.contains("\"reason\" : \"removed from the file; clears the values recorded with it\""))
        #expect(!plan.isBlocked)

        let renameOnly = try Snippet.plan(
            yaml,
            Snippet.remote(
                [Snippet.field(2, "Browser", type: "SINGLE_SELECT", options: ["Chrome", "IE"])],
                enabled: [Snippet.web: [2]]))
        #expect(Snippet.text(renameOnly).contains("Data loss: 1 option removal clears the values recorded with it."))
        let none = try Snippet.plan(
            yaml,
            Snippet.remote(
                [Snippet.field(2, "Browser", type: "SINGLE_SELECT", options: ["Chrome"])], enabled: [Snippet.web: [2]]))
        #expect(!Snippet.text(none).contains("Data loss"))
    }

    @Test func protectedFieldKeepsItsOptions() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: SINGLE_SELECT, protect: true, options: [Chrome, {text: Edge, previously: [IE]}]}]
            """,
            Snippet.remote(
                [Snippet.field(2, "Browser", type: "SINGLE_SELECT", options: ["Chrome", "IE", "Opera"])],
                enabled: [Snippet.web: [2]]))
        #expect(
            plan.blockedBy.map(\.sentence) == [
                "EXECUTION/Browser is protected but would lose option \"Opera\" and the values recorded with it; put it back in the file or remove `protect` first."
            ])
        // Renaming an option keeps its values: allowed on a protected field.
        let rename = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: SINGLE_SELECT, protect: true, options: [Chrome, {text: Edge, previously: [IE]}]}]
            """,
            Snippet.remote(
                [Snippet.field(2, "Browser", type: "SINGLE_SELECT", options: ["Chrome", "IE"])],
                enabled: [Snippet.web: [2]]))
        #expect(!rename.isBlocked)
        #expect(rename.hasChanges)
    }

    @Test func optionOrderIsNotManaged() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Result, entity: EXECUTION, type: RADIO_BUTTON, options: ["Won't fix", Done]}]
            """,
            Snippet.remote(
                [Snippet.field(2, "Result", type: "RADIO_BUTTON", options: ["Done", " Won't fix "])],
                enabled: [Snippet.web: [2]]))
        #expect(!plan.hasChanges)
    }

    @Test func typeChangeIsABlockedReplaceUnlessAllowed() throws {
        let yaml = """
            project: WEB
            fields: [{name: Result, entity: EXECUTION, type: SINGLE_SELECT, options: [Pass, Fail]}]
            """
        let remote = Snippet.remote([Snippet.field(4, "Result")], enabled: [Snippet.web: [4]])
        let blocked = try Snippet.plan(yaml, remote)
        #expect(blocked.changes.map(\.action) == [.replace])
        #expect(
            blocked.blockedBy.map(\.sentence) == [
                "EXECUTION/Result would be replaced (type TEXT -> SINGLE_SELECT), which deletes its values in every execution; re-run with --allow-replace to accept."
            ])
        #expect(Snippet.text(blocked).contains("~ type        = \"TEXT\" -> \"SINGLE_SELECT\" # forces replacement"))
        #expect(Snippet.text(blocked).contains("+ enable in WEB (10000)"))
        let allowed = try Snippet.plan(yaml, remote, options: PlanOptions(allowReplace: true))
        #expect(!allowed.isBlocked)
        #expect(allowed.summary.replace == 1)
    }

    @Test func protectedFieldIsNeverReplaced() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Result, entity: EXECUTION, type: NUMBER, protect: true}]
            """, Snippet.remote([Snippet.field(4, "Result")], enabled: [Snippet.web: [4]]),
            options: PlanOptions(allowReplace: true, force: true))
        #expect(plan.blockedBy.first?.sentence.hasPrefix("EXECUTION/Result is protected") == true)
    }

    @Test func entityChangeIsAReplace() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Notes, entity: TESTSTEP, type: TEXT}]
            """, Snippet.remote([Snippet.field(5, "Notes")]), options: PlanOptions(allowReplace: true))
        let change = try #require(plan.changes.first)
        #expect(change.action == .replace)
        #expect(change.attributes.map(\.attribute) == [.entity])
        #expect(plan.unmanaged.isEmpty)
    }

    @Test func unmanagedFieldsAreReportedNotTouched() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: []
            """, Snippet.remote([Snippet.field(9, "Legacy")], enabled: [Snippet.web: [9]]))
        #expect(!plan.hasChanges)
        #expect(plan.unmanaged == [UnmanagedField(entity: .execution, name: "Legacy", fieldId: 9)])
        #expect(Snippet.text(plan).contains("  - EXECUTION/Legacy (id 9)"))
    }

    @Test func pruneDeletesOnlyWithAllowDelete() throws {
        let yaml = """
            project: WEB
            fields: [{name: Keep, entity: EXECUTION, type: TEXT}]
            settings: {prune: true}
            """
        let remote = Snippet.remote(
            [Snippet.field(1, "Keep"), Snippet.field(9, "Legacy")], enabled: [Snippet.web: [1]])
        let blocked = try Snippet.plan(yaml, remote)
        #expect(blocked.changes.map(\.action) == [.delete])
        #expect(
            blocked.blockedBy.map(\.sentence) == [
                "prune would delete 1 field no file declares (EXECUTION/Legacy); re-run with --allow-delete to accept."
            ])
        let allowed = try Snippet.plan(yaml, remote, options: PlanOptions(allowDelete: true, force: true))
        #expect(!allowed.isBlocked)
    }

    @Test func deletingMoreThanTheThresholdIsBlockedUnlessForced() throws {
        let yaml = """
            project: WEB
            fields: [{name: F1, entity: EXECUTION, type: TEXT}]
            settings: {prune: true}
            """
        let remote = Snippet.remote((1...5).map { Snippet.field($0, "F\($0)") }, enabled: [Snippet.web: [1]])
        let plan = try Snippet.plan(yaml, remote, options: PlanOptions(allowDelete: true))
        #expect(
            plan.blockedBy.map(\.sentence) == [
                "the plan deletes or replaces 4 of 5 existing fields (80%), more than the 30% threshold; re-run with --force if this is intended."
            ])
        #expect(!(try Snippet.plan(yaml, remote, options: PlanOptions(allowDelete: true, force: true))).isBlocked)
    }

    @Test func enablesAndDisablesPerProject() throws {
        let plan = try Snippet.plan(
            """
            # file: defs.yaml
            fields:
              - {name: Browser, entity: EXECUTION, type: TEXT}
              - {name: OS, entity: EXECUTION, type: TEXT}
            # file: web.yaml
            project: WEB
            fields: [{name: Browser, entity: EXECUTION}]
            # file: api.yaml
            project: API
            fields: [{name: OS, entity: EXECUTION}]
            """,
            Snippet.remote(
                [Snippet.field(1, "Browser"), Snippet.field(2, "OS")],
                enabled: [Snippet.web: [2], Snippet.api: [1, 2]]))
        #expect(plan.summary.enable == 1)
        #expect(plan.summary.disable == 2)
        #expect(
            Snippet.text(plan).contains(
                """
                  # EXECUTION/Browser will change where it is enabled (id 1): enabled where no file lists it, and missing where one does
                  ~ field "Browser" {
                      - disable in API (10001)
                      + enable in WEB (10000)
                    }
                """))
    }

    @Test func exceedingTheFieldLimitBlocks() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: New, entity: TESTSTEP, type: TEXT}]
            """, Snippet.remote((1...4).map { Snippet.field($0, "T\($0)", .testStep) }))
        #expect(
            plan.blockedBy.map(\.sentence) == [
                "TESTSTEP would have 5 fields after this plan; the server allows at most 4 (settings.field_limits)."
            ])
    }

    @Test func projectFilterNarrowsFieldsAndSkipsPrune() throws {
        let plan = try Snippet.plan(
            """
            # file: web.yaml
            project: WEB
            fields: [{name: A, entity: EXECUTION, type: TEXT}]
            settings: {prune: true}
            # file: api.yaml
            project: API
            fields: [{name: B, entity: EXECUTION, type: TEXT}]
            """, Snippet.remote([Snippet.field(9, "Legacy")]), options: PlanOptions(projectFilter: ["web"]))
        #expect(plan.changes.map(\.name) == ["A"])
        #expect(!plan.isBlocked)
    }

    @Test func planningTwiceGivesIdenticalBytes() throws {
        let yaml = """
            # file: web.yaml
            project: WEB
            fields:
              - {name: Zeta, entity: TESTSTEP, type: TEXT}
              - {name: alpha, entity: EXECUTION, type: CHECKBOX, options: [a, b]}
              - {name: Beta, entity: EXECUTION, type: TEXT}
            # file: api.yaml
            project: API
            fields: [{name: Beta, entity: EXECUTION}]
            """
        let remote = Snippet.remote([Snippet.field(3, "Beta", description: nil)], enabled: [Snippet.api: [3]])
        let renders = try (0..<3).map { _ in
            let plan = try Snippet.plan(yaml, remote)
            return [
                Snippet.text(plan), JSONPlanRenderer().render(plan, kind: .plan),
                MarkdownPlanRenderer().render(plan, kind: .plan),
            ]
        }
        #expect(renders[0] == renders[1] && renders[1] == renders[2])
        #expect(try Snippet.plan(yaml, remote).changes.map(\.name) == ["alpha", "Beta", "Zeta"])
    }
}
