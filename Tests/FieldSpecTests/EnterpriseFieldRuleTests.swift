import FieldSpec
import Foundation
import Testing
import ZephyrDomain

/// Each product's entities, types and options rules, legal on one flavor and a located error on
/// the other. Squad's own messages are in FieldRuleTests and stay as they were.
@Suite struct EnterpriseFieldRuleTests {
    /// A one-field file: line 1 says the flavor, `entity` is at 5:13, `type` at 6:11, extra lines from 7.
    static func file(
        _ flavor: String?, project: String = "P1", entity: String, type: String, _ extra: String = ""
    ) -> String {
        (flavor.map { "settings: {flavor: \($0)}\n" } ?? "# no settings\n")
            + "project: \(project)\nfields:\n  - name: Browser\n    entity: \(entity)\n    type: \(type)\n" + extra
    }

    static let enterpriseReason = "this configuration is for Zephyr Enterprise (settings flavor: enterprise)"
    static let squadReason = "this configuration is for Zephyr Squad (settings flavor: squad)"

    @Test(arguments: [
        ("enterprise", "TESTCASE"), ("enterprise", "REQUIREMENT"), ("squad", "EXECUTION"), ("squad", "TESTSTEP"),
    ])
    func eachFlavorsEntitiesAreLegalThere(flavor: String, entity: String) {
        #expect(Loading.diagnostics(Self.file(flavor, entity: entity, type: "TEXT")) == [])
    }

    @Test(arguments: [
        (
            "enterprise", "EXECUTION",
            "'entity' EXECUTION is a Zephyr Squad entity, but \(enterpriseReason); use TESTCASE or REQUIREMENT, or set flavor: squad"
        ),
        (
            "squad", "TESTCASE",
            "'entity' TESTCASE is a Zephyr Enterprise entity, but \(squadReason); use EXECUTION or TESTSTEP, or set flavor: enterprise"
        ),
        (
            nil, "REQUIREMENT",
            "'entity' REQUIREMENT is a Zephyr Enterprise entity, but this configuration is for Zephyr Squad (the default, as no settings name a flavor); use EXECUTION or TESTSTEP, or set flavor: enterprise in settings"
        ),
        (
            "enterprise", "testcase",
            "'entity' must be TESTCASE or REQUIREMENT; found \"testcase\" (write it in upper case: TESTCASE)"
        ),
    ])
    func anotherFlavorsEntityIsALocatedError(flavor: String?, entity: String, message: String) {
        #expect(
            Loading.diagnostics(Self.file(flavor, entity: entity, type: "TEXT")) == ["web.yaml:5:13: error: \(message)"]
        )
    }

    @Test func anOverrideIsNamedInTheMessage() {
        #expect(
            Loading.diagnostics(
                ["web.yaml": Self.file(nil, entity: "EXECUTION", type: "TEXT")], flavor: .option(.enterprise))
                == [
                    "web.yaml:5:13: error: 'entity' EXECUTION is a Zephyr Squad entity, but this configuration is for Zephyr Enterprise (--flavor enterprise); use TESTCASE or REQUIREMENT, or choose squad instead of --flavor enterprise"
                ])
    }

    @Test func aReferenceToAnotherFlavorsEntityIsALocatedError() {
        #expect(
            Loading.diagnostics([
                "a.yaml": "settings: {flavor: enterprise}\n",
                "web.yaml": "project: Web Shop\nfields:\n  - name: Browser\n    entity: TESTSTEP\n",
            ]) == [
                "web.yaml:4:13: error: 'entity' TESTSTEP is a Zephyr Squad entity, but \(Self.enterpriseReason); use TESTCASE or REQUIREMENT, or set flavor: squad"
            ])
    }

    @Test(arguments: [
        ("enterprise", "RICH_TEXT"), ("enterprise", "DATE"), ("squad", "DATE_TIME"), ("squad", "RADIO_BUTTON"),
    ])
    func eachFlavorsTypesAreLegalThere(flavor: String, type: String) {
        let entity = flavor == "squad" ? "EXECUTION" : "TESTCASE"
        let options = type == "RADIO_BUTTON" ? "    options: [A]\n" : ""
        #expect(Loading.diagnostics(Self.file(flavor, entity: entity, type: type, options)) == [])
    }

    @Test(arguments: [
        (
            "enterprise", "DATE_TIME",
            "'type' DATE_TIME is a Zephyr Squad type, but \(enterpriseReason); use DATE instead, or set flavor: squad"
        ),
        (
            "enterprise", "RADIO_BUTTON",
            "'type' RADIO_BUTTON is a Zephyr Squad type, but \(enterpriseReason); use SINGLE_SELECT instead, or set flavor: squad"
        ),
        (
            "squad", "RICH_TEXT",
            "'type' RICH_TEXT is a Zephyr Enterprise type, but \(squadReason); use LARGE_TEXT instead, or set flavor: enterprise"
        ),
        (
            "enterprise", "SELECT",
            "'type' must be one of TEXT, LARGE_TEXT, NUMBER, DATE, CHECKBOX, SINGLE_SELECT, MULTI_SELECT, RICH_TEXT; found \"SELECT\""
        ),
    ])
    func anotherFlavorsTypeIsALocatedError(flavor: String, type: String, message: String) {
        let entity = flavor == "squad" ? "EXECUTION" : "TESTCASE"
        #expect(
            Loading.diagnostics(Self.file(flavor, entity: entity, type: type)) == ["web.yaml:6:11: error: \(message)"])
    }

    @Test func anEnterpriseCheckboxIsOneBoxWithoutOptions() throws {
        let spec = try Loading.spec(["web.yaml": Self.file("enterprise", entity: "TESTCASE", type: "CHECKBOX")])
        #expect(spec.definitions.first?.type == .checkbox)
        #expect(spec.definitions.first?.options == [])
        #expect(
            Loading.diagnostics(Self.file("enterprise", entity: "TESTCASE", type: "CHECKBOX", "    options: [Yes]\n"))
                == [
                    "web.yaml:7:14: error: type CHECKBOX takes no options on Zephyr Enterprise, where a checkbox is a single yes/no box; remove 'options' (use MULTI_SELECT for a list of choices)"
                ])
    }

    @Test func aSquadCheckboxStillNeedsOptions() {
        #expect(
            Loading.diagnostics(Self.file("squad", entity: "EXECUTION", type: "CHECKBOX")) == [
                "web.yaml:6:11: error: type CHECKBOX needs options: add a non-empty 'options' list"
            ])
        #expect(
            Loading.diagnostics(Self.file("squad", entity: "EXECUTION", type: "CHECKBOX", "    options: [A]\n")) == [])
    }

    @Test(arguments: [
        ("SINGLE_SELECT", "", "web.yaml:6:11: error: type SINGLE_SELECT needs options: add a non-empty 'options' list"),
        ("MULTI_SELECT", "", "web.yaml:6:11: error: type MULTI_SELECT needs options: add a non-empty 'options' list"),
        (
            "RICH_TEXT", "    options: [A]\n",
            "web.yaml:7:14: error: type RICH_TEXT takes no options; remove 'options' (only SINGLE_SELECT, MULTI_SELECT have options)"
        ),
    ])
    func enterpriseOptionRules(type: String, extra: String, expected: String) {
        #expect(Loading.diagnostics(Self.file("enterprise", entity: "TESTCASE", type: type, extra)) == [expected])
    }

    @Test func jiraReservedNamesBindOnlySquad() {
        let enterprise = Self.file("enterprise", entity: "TESTCASE", type: "TEXT")
            .replacingOccurrences(of: "Browser", with: "Summary")
        #expect(Loading.diagnostics(enterprise) == [])
        let squad = Self.file("squad", entity: "EXECUTION", type: "TEXT").replacingOccurrences(
            of: "Browser", with: "Summary")
        #expect(
            Loading.diagnostics(squad) == ["web.yaml:4:11: error: field name \"Summary\" is a Jira system field name"])
    }
}
