import FieldSpec
import Testing
import ZephyrDomain

/// `SpecWriter` for Enterprise (what `export` writes) loads back to the same definitions; Squad's
/// output is unchanged.
@Suite struct EnterpriseWriterTests {
    static let location = FieldSpec.SourceLocation(file: "definitions.yaml", line: 1, column: 1)

    static let fields = [
        FieldDefinition(
            name: "Automated", entity: .testCase, type: .checkbox, description: "Runs in CI", allProjects: true,
            location: location),
        FieldDefinition(
            name: "Priority class", entity: .testCase, type: .singleSelect,
            options: [OptionSpec(text: "Smoke", location: location), OptionSpec(text: "yes", location: location)],
            protect: true, allProjects: true, location: location),
        FieldDefinition(name: "Acceptance notes", entity: .requirement, type: .richText, location: location),
    ]

    /// What a definition says, without where it was written.
    static func content(_ field: FieldDefinition) -> String {
        "\(field.key) \(field.type.rawValue) \(field.description ?? "-") \(field.options.map(\.text)) \(field.protect) \(field.allProjects)"
    }

    @Test func anEnterpriseExportLoadsBackToTheSameDefinitions() throws {
        let definitions = try SpecWriter.definitionsFile(
            header: ["Exported"], fields: Self.fields, fieldLimits: nil, skipped: [], flavor: .enterprise)
        #expect(definitions.contains("settings:\n  flavor: enterprise\n"))
        #expect(definitions.contains("  projects: all\n"))
        let project = try SpecWriter.projectFile(
            header: [], project: "Web Shop", fields: [Self.fields[2].key, Self.fields[1].key])
        let spec = try Loading.spec(["definitions.yaml": definitions, "web-shop.yaml": project])
        #expect(spec.settings.flavor == .enterprise)
        #expect(spec.definitions.map(Self.content) == Self.fields.sorted { $0.key < $1.key }.map(Self.content))
        #expect(spec.projects.map(\.reference) == ["Web Shop"])
        #expect(spec.projects.first?.fields == [Self.fields[2].key, Self.fields[1].key])
    }

    @Test func enterpriseLimitsAreWrittenForItsOwnEntitiesOnly() throws {
        let text = try SpecWriter.definitionsFile(
            header: [], fields: [], fieldLimits: [.testCase: 40, .execution: 19], skipped: [], flavor: .enterprise)
        #expect(text == "settings:\n  flavor: enterprise\n  field_limits: {TESTCASE: 40}\nfields: []\n")
        #expect(try Loading.spec(["definitions.yaml": text]).settings.fieldLimits == [.testCase: 40])
    }

    @Test func squadOutputIsUnchanged() throws {
        let field = FieldDefinition(name: "Notes", entity: .execution, type: .text, location: Self.location)
        #expect(
            try SpecWriter.definitionsFile(
                header: [], fields: [field], fieldLimits: [.execution: 25, .testStep: 4], skipped: [])
                == "settings:\n  field_limits: {EXECUTION: 25, TESTSTEP: 4}\nfields:\n- name: Notes\n  entity: EXECUTION\n  type: TEXT\n"
        )
        #expect(
            try SpecWriter.definitionsFile(header: [], fields: [field], fieldLimits: nil, skipped: [])
                == "fields:\n- name: Notes\n  entity: EXECUTION\n  type: TEXT\n")
    }
}
