import FieldSpec
import Testing
import ZephyrDomain

@testable import Reconciler

/// Export straight from a state (no server): what it writes, what it leaves out and why, and
/// that the files plan as "no changes" against the state they came from.
@Suite struct ExporterTests {
    static let state = Snippet.remote(
        [
            Snippet.field(
                1, "Browser", type: "SINGLE_SELECT", description: "Browser the run used", options: ["Chrome", "yes"]),
            Snippet.field(2, "Ticket"),
            Snippet.field(3, "Result", .testStep, type: "RADIO_BUTTON", options: ["Pass", "Fail"]),
            Snippet.field(4, "Bad: name"),
            Snippet.field(5, "Legacy", type: "CASCADING_SELECT"),
            Snippet.field(6, "ticket"),
        ], enabled: [Snippet.web: [1, 3, 4], Snippet.api: [2]])

    static func export(projects: [String] = [], includeEmpty: Bool = false) async throws -> [String: String] {
        let files = try await Exporter(backend: StubBackend(state: state))
            .export(projectKeys: projects, includeEmptyProjects: includeEmpty, header: ["test export"])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    @Test func writesDefinitionsAndOneFilePerProjectWithFields() async throws {
        let files = try await Self.export()
        #expect(files.keys.sorted() == ["api.yaml", "definitions.yaml", "web.yaml"])
        #expect(files["web.yaml"]?.contains("project: WEB") == true)
        #expect(
            files["definitions.yaml"]?.contains("options: [Chrome, \"yes\"]") == true, "a YAML keyword must be quoted")
    }

    @Test func fieldsTheLoaderWouldRefuseAreListedWithTheReason() async throws {
        let definitions = try #require(try await Self.export()["definitions.yaml"])
        #expect(definitions.contains("#   EXECUTION/Bad: name (TEXT): field name \"Bad: name\" contains ':'"))
        #expect(
            definitions.contains(
                "#   EXECUTION/Legacy (CASCADING_SELECT): type CASCADING_SELECT is not one this tool manages"))
        #expect(definitions.contains("#   EXECUTION/ticket (TEXT): its name differs only in case from field 2"))
    }

    @Test func allProjectsAndProjectFilterChooseTheFiles() async throws {
        #expect(
            try await Self.export(includeEmpty: true).keys.sorted() == [
                "api.yaml", "definitions.yaml", "mobile.yaml", "web.yaml",
            ])
        #expect(try await Self.export(projects: ["mobile"]).keys.sorted() == ["definitions.yaml", "mobile.yaml"])
        await #expect(throws: ReconcilerError.self) { try await Self.export(projects: ["NOPE"]) }
    }

    @Test func exportPlansAsNoChanges() async throws {
        let files = try await Self.export()
        let spec = try SpecLoader().load(
            sources: files.sorted { $0.key < $1.key }.map { SpecSource(path: $0.key, text: $0.value) })
        let projects = spec.projects.map { project in
            ResolvedProject(spec: project, ref: Snippet.projects.first { $0.key == project.reference }!)
        }
        let plan = Planner(capabilities: StubBackend(state: Self.state).capabilities).plan(
            spec: spec, remote: Self.state, projects: projects)
        #expect(!plan.hasChanges, "\(Snippet.text(plan))")
    }

    @Test func fileNamesAreLowerCaseAndSafe() {
        #expect(Exporter.fileName(for: "WEB") == "web")
        #expect(Exporter.fileName(for: "A.B/C") == "a_b_c")
    }
}
