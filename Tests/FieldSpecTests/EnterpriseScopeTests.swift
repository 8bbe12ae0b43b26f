import FieldSpec
import Testing
import ZephyrDomain

/// Enterprise's project side: `projects: all`, project names, limits and near-miss references.
@Suite struct EnterpriseScopeTests {
    static let settings = "settings: {flavor: enterprise}\n"

    /// A definitions file (no `project:`) whose one TESTCASE field has `extra` lines from line 6.
    static func definitions(_ extra: String) -> String {
        settings + "fields:\n  - name: Automated\n    entity: TESTCASE\n    type: CHECKBOX\n" + extra
    }

    @Test func projectsAllInADefinitionsFileScopesTheFieldToEveryProject() throws {
        let spec = try Loading.spec([
            "defs.yaml": Self.definitions("    projects: all\n"),
            "web.yaml": "project: Web Shop\nfields:\n  - {name: Automated, entity: TESTCASE}\n",
        ])
        #expect(spec.definitions.map(\.allProjects) == [true])
        #expect(spec.projects.map(\.reference) == ["Web Shop"])
        #expect(try Loading.spec(["defs.yaml": Self.definitions("")]).definitions.map(\.allProjects) == [false])
    }

    @Test(arguments: [
        ("    projects: [Web Shop]\n", "6:15", "a list"), ("    projects: All\n", "6:15", "text \"All\""),
        ("    projects: true\n", "6:15", "a boolean (true)"),
    ])
    func projectsTakesOnlyAll(line: String, position: String, found: String) {
        #expect(
            Loading.diagnostics(["defs.yaml": Self.definitions(line)]) == [
                "defs.yaml:\(position): error: 'projects' takes only `all`; found \(found); to give a field to some projects, list it in each project's file"
            ])
    }

    @Test func squadRefusesProjects() {
        let yaml =
            "project: WEB\nfields:\n  - name: Browser\n    entity: EXECUTION\n    type: TEXT\n    projects: all\n"
        #expect(
            Loading.diagnostics(yaml) == [
                "web.yaml:6:5: error: 'projects' is a Zephyr Enterprise key, but this configuration is for Zephyr Squad (the default, as no settings name a flavor); Squad fields are enabled per project by listing them in the project's file"
            ])
    }

    @Test func aReferenceCannotSetProjects() {
        #expect(
            Loading.diagnostics([
                "defs.yaml": Self.definitions(""),
                "web.yaml": "project: Web Shop\nfields:\n  - {name: Automated, entity: TESTCASE, projects: all}\n",
            ]) == [
                "web.yaml:3:41: error: 'projects' is not allowed on a reference: an entry without 'type' only enables a field defined elsewhere (add 'type' to define it here)"
            ])
    }

    @Test func repeatedDefinitionsMustAgreeOnProjects() {
        #expect(
            Loading.diagnostics([
                "defs.yaml": Self.definitions("    projects: all\n"),
                "web.yaml": "project: Web Shop\nfields:\n  - {name: Automated, entity: TESTCASE, type: CHECKBOX}\n",
            ]) == [
                "web.yaml:3:5: error: field TESTCASE/Automated conflicts with its definition at defs.yaml:3:5: projects (the files that list it) differs from all"
            ])
    }

    @Test(arguments: [("Web Shop", "Web Shop"), ("\"  Public API\"", "  Public API"), ("42", "42"), ("ABC-1", "ABC-1")])
    func enterpriseProjectsAreNamesOrIds(written: String, reference: String) throws {
        let spec = try Loading.spec(["web.yaml": Self.settings + "project: \(written)\n"])
        #expect(spec.projects.map(\.reference) == [reference])
    }

    @Test(arguments: [
        ("\" \"", "text \" \""), ("0", "a number (0)"), ("[Web Shop]", "a list"), ("~", "nothing (null)"),
    ])
    func enterpriseRefusesBlankAndNonPositiveProjects(written: String, found: String) {
        #expect(
            Loading.diagnostics(Self.settings + "project: \(written)\n") == [
                "web.yaml:2:10: error: 'project' must be a Zephyr Enterprise project name like Web Shop or a positive numeric project id; found \(found)"
            ])
    }

    @Test func squadKeepsItsJiraKeyRule() {
        #expect(
            Loading.diagnostics("settings: {flavor: squad}\nproject: Web Shop\n") == [
                "web.yaml:2:10: error: 'project' must be a Jira project key (a letter, then letters, digits or _) or a numeric project id; found \"Web Shop\""
            ])
    }

    @Test func enterpriseProjectNamesAreDuplicatesIgnoringCase() {
        #expect(
            Loading.diagnostics([
                "a.yaml": Self.settings + "project: Web Shop\n", "b.yaml": "project: web shop\n",
            ]) == ["b.yaml:1:10: error: project web shop is already declared at a.yaml:2:10; each project has one file"]
        )
    }

    @Test func enterpriseHasNoLimitUnlessOneIsSet() {
        let fields = (1...30).map { "  - {name: F\($0), entity: TESTCASE, type: TEXT}\n" }.joined()
        #expect(Loading.diagnostics(Self.settings + "fields:\n" + fields) == [])
        let limited = "settings: {flavor: enterprise, field_limits: {TESTCASE: 29}}\nfields:\n" + fields
        #expect(
            Loading.diagnostics(limited) == [
                "web.yaml:32:5: error: too many TESTCASE fields: 30 are defined, the limit is 29; this is field 30 (raise settings.field_limits.TESTCASE only if your server allows more)"
            ])
    }

    @Test func fieldLimitsTakeOnlyTheFlavorsEntities() {
        #expect(
            Loading.diagnostics("settings: {flavor: enterprise, field_limits: {EXECUTION: 3}}\n") == [
                "web.yaml:1:47: error: unknown key 'EXECUTION' in 'field_limits'; allowed keys: TESTCASE, REQUIREMENT"
            ])
        #expect(
            Loading.diagnostics("settings: {field_limits: {TESTCASE: 3}}\n") == [
                "web.yaml:1:27: error: unknown key 'TESTCASE' in 'field_limits'; allowed keys: EXECUTION, TESTSTEP"
            ])
    }

    @Test func anUnresolvedReferenceSuggestsTheOtherEnterpriseEntity() {
        #expect(
            Loading.diagnostics([
                "defs.yaml": Self.definitions(""),
                "web.yaml": "project: Web Shop\nfields:\n  - {name: Automated, entity: REQUIREMENT}\n",
            ]) == [
                "web.yaml:3:5: error: field REQUIREMENT/Automated is not defined in any file; define it (with 'type') here or in a definitions file (did you mean field TESTCASE/Automated, defined at defs.yaml:3:5?)"
            ])
    }
}
