import FieldSpec
import Foundation
import Testing
import ZephyrDomain

/// Issue 15, defect 5: server text written by `export` must never become configuration. A field
/// name with a line break, copied raw into a comment, once injected `settings: {prune: true}`.
@Suite struct ExportedTextEscapingTests {
    private static let injection = "\nsettings: {prune: true}\n#"

    private func reload(_ text: String) throws -> Spec {
        try SpecLoader().load(sources: [SpecSource(path: "definitions.yaml", text: text)])
    }

    private var location: FieldSpec.SourceLocation {
        FieldSpec.SourceLocation(file: "definitions.yaml", line: 1, column: 1)
    }

    @Test(arguments: ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"])
    func aSkippedFieldsNameCannotEndItsComment(lineBreak: String) throws {
        let evil = Self.injection.replacingOccurrences(of: "\n", with: lineBreak)
        let text = try SpecWriter.definitionsFile(
            header: ["Exported from https://jira.example.com\(evil)"],
            fields: [FieldDefinition(name: "Notes", entity: .execution, type: .text, location: location)],
            fieldLimits: nil,
            skipped: [
                SpecWriter.Skipped(
                    entity: .execution, name: "Evil\(evil)", typeName: "odd\(evil)", reason: "a reason\(evil)")
            ])
        let spec = try reload(text)
        #expect(spec.settings.prune == false)
        #expect(spec.definitions.map(\.name) == ["Notes"])
        #expect(!text.contains(lineBreak + "settings"))
    }

    @Test func serverTextInValuesRoundTrips() throws {
        let description = "line one\(Self.injection)\u{1B}[31m \u{2028} # not a comment"
        let text = try SpecWriter.definitionsFile(
            header: [],
            fields: [
                FieldDefinition(
                    name: "Browser", entity: .execution, type: .singleSelect, description: description,
                    options: [OptionSpec(text: "a\u{2029}settings: x", location: location)], location: location)
            ],
            fieldLimits: nil, skipped: [])
        let spec = try reload(text)
        #expect(spec.settings.prune == false)
        #expect(spec.definitions.first?.description == description)
        #expect(spec.definitions.first?.options.map(\.text) == ["a\u{2029}settings: x"])
    }

    @Test func escapingIsVisibleAndUnambiguous() {
        #expect(DisplayText.escaped("a\nb\\n\u{1B}[2J\u{202E}") == #"a\nb\\n\u{1B}[2J\u{202E}"#)
        #expect(DisplayText.escaped("Won't fix") == "Won't fix")
    }
}
