import FieldSpec
import Testing
import ZephyrDomain

/// Rules that need every file: shared definitions, references, projects, settings, limits.
@Suite struct CrossFileRuleTests {
    static let definitions = """
        fields:
          - name: Browser
            entity: EXECUTION
            type: SINGLE_SELECT
            options: [Chrome, Firefox]

        """

    /// A project file defining one field with `body` after its name and entity.
    static func project(_ key: String, name: String = "Browser", _ body: String) -> String {
        "project: \(key)\nfields:\n  - name: \(name)\n    entity: EXECUTION\n" + body
    }

    @Test func aSharedDefinitionIsEnabledByReference() throws {
        let spec = try Loading.spec([
            "defs.yaml": Self.definitions,
            "web.yaml": "project: WEB\nfields:\n  - name: browser\n    entity: EXECUTION\n",
            "api.yaml": "project: 10000\nfields: []\n",
        ])
        #expect(spec.definitions.map(\.key.description) == ["EXECUTION/Browser"])
        #expect(spec.projects.map(\.reference) == ["10000", "WEB"])
        // The reference resolves case-insensitively and is spelled as its definition.
        #expect(spec.projects.last?.fields.map(\.name) == ["Browser"])
        #expect(spec.files == ["api.yaml", "defs.yaml", "web.yaml"])
    }

    @Test func identicalDefinitionsInSeveralFilesAgree() throws {
        let body = "    type: SINGLE_SELECT\n    options: [Chrome, Firefox]\n"
        let spec = try Loading.spec(["web.yaml": Self.project("WEB", body), "api.yaml": Self.project("API", body)])
        #expect(spec.definitions.count == 1)
        #expect(spec.definitions.first?.location.description == "api.yaml:3:5")
        #expect(spec.projects.map { $0.fields.map(\.description) } == [["EXECUTION/Browser"], ["EXECUTION/Browser"]])
    }

    @Test(arguments: [
        ("    type: MULTI_SELECT\n    options: [Chrome, Firefox]\n", "type MULTI_SELECT differs from SINGLE_SELECT"),
        (
            "    type: SINGLE_SELECT\n    options: [Chrome, Safari]\n",
            "options [\"Chrome\", \"Safari\"] differs from [\"Chrome\", \"Firefox\"]"
        ),
        (
            "    type: SINGLE_SELECT\n    options: [Chrome, {text: Firefox, previously: [FF]}]\n",
            "options [\"Chrome\", \"Firefox\" (previously [\"FF\"])] differs from [\"Chrome\", \"Firefox\"]"
        ),
        (
            "    type: SINGLE_SELECT\n    options: [Chrome, Firefox]\n    description: Used browser\n",
            "description \"Used browser\" differs from (none)"
        ),
        (
            "    type: SINGLE_SELECT\n    options: [Chrome, Firefox]\n    protect: true\n    previously: [Old]\n",
            "previously [\"Old\"] differs from []; protect true differs from false"
        ),
    ])
    func disagreeingDefinitionsNameBothLocations(body: String, difference: String) {
        #expect(
            Loading.diagnostics(["defs.yaml": Self.definitions, "web.yaml": Self.project("WEB", body)]) == [
                "web.yaml:3:5: error: field EXECUTION/Browser conflicts with its definition at defs.yaml:2:5: \(difference)"
            ])
    }

    @Test func namesDifferingOnlyInCaseConflict() {
        let body = "    type: SINGLE_SELECT\n    options: [Chrome, Firefox]\n"
        #expect(
            Loading.diagnostics(["defs.yaml": Self.definitions, "web.yaml": Self.project("WEB", name: "BROWSER", body)])
                == [
                    "web.yaml:3:5: error: field EXECUTION/BROWSER conflicts with its definition at defs.yaml:2:5: name \"BROWSER\" differs from \"Browser\""
                ])
    }

    @Test func unresolvedReferencesAreErrors() {
        let web =
            "project: WEB\nfields:\n  - name: Browser\n    entity: TESTSTEP\n  - name: Colour\n    entity: EXECUTION\n"
        #expect(
            Loading.diagnostics(["defs.yaml": Self.definitions, "web.yaml": web]) == [
                "web.yaml:3:5: error: field TESTSTEP/Browser is not defined in any file; define it (with 'type') here or in a definitions file (did you mean field EXECUTION/Browser, defined at defs.yaml:2:5?)",
                "web.yaml:5:5: error: field EXECUTION/Colour is not defined in any file; define it (with 'type') here or in a definitions file",
            ])
    }

    @Test func aProjectHasOneFile() {
        #expect(
            Loading.diagnostics(["a.yaml": "project: WEB\n", "b.yaml": "project: web\n"]) == [
                "b.yaml:1:10: error: project web is already declared at a.yaml:1:10; each project has one file"
            ])
    }

    @Test func settingsAreDeclaredOnce() {
        #expect(
            Loading.diagnostics([
                "a.yaml": "settings: {prune: true}\n", "b.yaml": "project: WEB\nsettings:\n  prune: false\n",
            ]) == [
                "b.yaml:2:1: error: settings are already declared at a.yaml:1:1; declare settings once across all files"
            ])
    }

    @Test func settingsKeepDefaultsForKeysLeftOut() throws {
        let spec = try Loading.spec([
            "a.yaml": "settings:\n  delete_threshold_percent: 50\n  field_limits: {TESTSTEP: 9}\n"
        ])
        #expect(
            spec.settings
                == SpecSettings(
                    prune: false, deleteThresholdPercent: 50, deleteThresholdMinimumFields: 5,
                    fieldLimits: [.execution: 19, .testStep: 9],
                    location: SourceLocation(file: "a.yaml", line: 1, column: 1)))
        #expect(try Loading.spec(["a.yaml": "project: WEB\n"]).settings == SpecSettings())
    }

    @Test func theFirstFieldOverTheLimitIsReported() {
        let fields = (1...4).map { "  - {name: F\($0), entity: EXECUTION, type: TEXT}\n" }.joined()
        #expect(
            Loading.diagnostics([
                "web.yaml": "project: WEB\nsettings:\n  field_limits: {EXECUTION: 3}\nfields:\n" + fields
            ]) == [
                "web.yaml:8:5: error: too many EXECUTION fields: 4 are defined, the limit is 3; this is field 4 (raise settings.field_limits.EXECUTION only if your server allows more)"
            ])
    }

    @Test func theDefaultLimitIsNineteenExecutionFields() throws {
        let fields = (1...19).map { "  - {name: F\($0), entity: EXECUTION, type: TEXT}\n" }.joined()
        #expect(try Loading.spec(["web.yaml": "project: WEB\nfields:\n" + fields]).definitions.count == 19)
        let tooMany = fields + "  - {name: F20, entity: EXECUTION, type: TEXT}\n"
        #expect(
            Loading.diagnostics(["web.yaml": "project: WEB\nfields:\n" + tooMany]).first?.hasPrefix(
                "web.yaml:22:5: error: too many EXECUTION fields: 20 are defined, the limit is 19") == true)
    }

    @Test func aFormerNameMustNotBeAnExistingField() {
        let web = Self.project("WEB", name: "Web browser", "    type: TEXT\n    previously: [browser]\n")
        #expect(
            Loading.diagnostics(["defs.yaml": Self.definitions, "web.yaml": web]) == [
                "web.yaml:6:18: error: 'previously' lists \"browser\", but field EXECUTION/Browser is defined at defs.yaml:2:5; a field cannot take over a field that still exists"
            ])
    }

    @Test func aFormerNameBelongsToOneField() {
        let fields =
            "project: WEB\nfields:\n  - {name: A, entity: EXECUTION, type: TEXT, previously: [Old]}\n  - {name: B, entity: EXECUTION, type: TEXT, previously: [old]}\n"
        #expect(
            Loading.diagnostics(fields) == [
                "web.yaml:4:59: error: 'previously' lists \"old\", but field EXECUTION/A at web.yaml:3:5 lists it too; a former name belongs to one field"
            ])
    }

    @Test func theSameNameOnAnotherEntityIsAnotherField() throws {
        let yaml =
            "project: WEB\nfields:\n  - {name: Notes, entity: EXECUTION, type: TEXT}\n  - {name: Notes, entity: TESTSTEP, type: TEXT}\n"
        #expect(
            try Loading.spec(["web.yaml": yaml]).definitions.map(\.key.description) == [
                "EXECUTION/Notes", "TESTSTEP/Notes",
            ])
    }
}
