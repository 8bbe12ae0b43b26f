import FieldSpec
import Testing
import ZephyrDomain

/// How a configuration's flavor is decided: the settings block (in any file), an override
/// (`--flavor`, `ZEPHYR_FLAVOR`) that must agree with it, else Squad.
@Suite struct EnterpriseFlavorTests {
    static let testCaseField = "fields:\n  - {name: Browser, entity: TESTCASE, type: TEXT}\n"

    @Test func settingsInALaterFileDecideHowEarlierFilesAreChecked() throws {
        // web.yaml is decoded before z.yaml would be, yet its TESTCASE field is legal.
        let spec = try Loading.spec([
            "web.yaml": "project: Web Shop\n" + Self.testCaseField, "z.yaml": "settings:\n  flavor: enterprise\n",
        ])
        #expect(spec.settings.flavor == .enterprise)
        #expect(spec.settings.location?.description == "z.yaml:1:1")
        #expect(spec.definitions.map(\.key.description) == ["TESTCASE/Browser"])
    }

    @Test func enterpriseHasNoDefaultLimitsAndSquadKeepsItsOwn() throws {
        let enterprise = try Loading.spec(["a.yaml": "settings: {flavor: enterprise}\n"]).settings
        #expect(enterprise.fieldLimits.isEmpty)
        #expect(enterprise.limit(for: .testCase) == Int.max)
        let squad = try Loading.spec(["a.yaml": "settings: {flavor: squad}\n"]).settings
        #expect(squad.flavor == .squad)
        #expect(squad.fieldLimits == [.execution: 19, .testStep: 4])
        #expect(try Loading.spec(["a.yaml": "project: WEB\n"]).settings == SpecSettings())
    }

    @Test func anOverrideDecidesWhenTheSettingsNameNoFlavor() throws {
        let files = ["web.yaml": "project: Web Shop\n" + Self.testCaseField]
        #expect(try Loading.spec(files, flavor: .option(.enterprise)).settings.flavor == .enterprise)
        let withSettings = files.merging(["a.yaml": "settings: {prune: true}\n"]) { $1 }
        let settings = try Loading.spec(withSettings, flavor: .environment(.enterprise)).settings
        #expect(settings.flavor == .enterprise)
        #expect(settings.prune)
    }

    @Test func anOverrideThatAgreesWithTheSettingsIsFine() throws {
        let files = ["a.yaml": "settings:\n  flavor: enterprise\n", "web.yaml": "project: 7\n" + Self.testCaseField]
        #expect(try Loading.spec(files, flavor: .option(.enterprise)).settings.flavor == .enterprise)
    }

    @Test(arguments: [
        (FlavorChoice.option(.squad), "--flavor squad"), (FlavorChoice.environment(.squad), "ZEPHYR_FLAVOR=squad"),
    ])
    func anOverrideThatDisagreesIsAnErrorAtTheSettingsValue(choice: FlavorChoice, origin: String) {
        // The one error, not also every TESTCASE field checked as if the override were right.
        let files = [
            "a.yaml": "settings:\n  flavor: enterprise\n", "web.yaml": "project: Web Shop\n" + Self.testCaseField,
        ]
        #expect(
            Loading.diagnostics(files, flavor: choice) == [
                "a.yaml:2:11: error: settings say flavor: enterprise, but \(origin) was given; remove one of them or make them agree"
            ])
    }

    @Test(arguments: [
        (
            "Enterprise",
            "'flavor' must be squad or enterprise; found \"Enterprise\" (write it in lower case: enterprise)"
        ),
        ("jira", "'flavor' must be squad or enterprise; found \"jira\""),
        ("[squad]", "'flavor' must be text; found a list"),
    ])
    func aBadFlavorIsLocatedAndDoesNotCascade(value: String, message: String) {
        // The TESTCASE field is not also reported: with the flavor unknown, only what is wrong
        // on both products is.
        #expect(
            Loading.diagnostics([
                "a.yaml": "settings:\n  flavor: \(value)\n", "web.yaml": "project: Web Shop\n" + Self.testCaseField,
            ]) == ["a.yaml:2:11: error: \(message)"])
    }

    @Test func theOptionWinsOverTheEnvironmentWhichWinsOverNothing() throws {
        let environment = ["ZEPHYR_FLAVOR": "enterprise"]
        #expect(try FlavorChoice.choose(option: .squad, environment: environment) == .option(.squad))
        #expect(try FlavorChoice.choose(option: nil, environment: environment) == .environment(.enterprise))
        #expect(try FlavorChoice.choose(option: nil, environment: ["ZEPHYR_FLAVOR": ""]) == nil)
        #expect(try FlavorChoice.choose(option: nil, environment: [:]) == nil)
        #expect(throws: FlavorChoice.BadEnvironment(value: "ze")) {
            try FlavorChoice.choose(option: nil, environment: ["ZEPHYR_FLAVOR": "ze"])
        }
        #expect(
            FlavorChoice.BadEnvironment(value: "ze").description
                == "ZEPHYR_FLAVOR must be squad or enterprise; found \"ze\"")
    }
}
