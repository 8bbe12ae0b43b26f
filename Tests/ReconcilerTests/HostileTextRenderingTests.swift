import Foundation
import Testing
import ZephyrDomain

@testable import Reconciler

/// Issue 15: server text (field names, option texts, project keys) is untrusted. It must not
/// drive the reviewer's terminal, nor break out of inline code in the pull-request comment.
@Suite struct HostileTextRenderingTests {
    /// Clears the screen, sets the window title, and a bidirectional override.
    static let hostile = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}\r\nline"

    static var plan: Plan {
        let change = FieldChange(
            entity: .execution, name: "Browser" + hostile, action: .create, fieldId: nil, before: nil,
            after: FieldSnapshot(
                name: "Browser" + hostile, entity: .execution, type: .known(.singleSelect),
                description: hostile, options: ["Chrome" + hostile]),
            projects: [ProjectChange(kind: .enable, project: ProjectRef(id: "1", key: "WEB" + hostile))],
            reason: "not on the server")
        return Plan(
            changes: [change],
            warnings: [PlanWarning(field: "EXECUTION/Notes" + hostile, message: "cannot clear" + hostile)],
            unmanaged: [
                UnmanagedField(
                    entity: .execution, name: "a` **bold** [x](https://evil.example) `b" + hostile, fieldId: 7)
            ],
            blockedBy: [.pruneNotAllowed([FieldKey(entity: .execution, name: "x" + hostile)])])
    }

    @Test(arguments: [false, true])
    func theTextPlanHoldsNoServerControlCharacters(color: Bool) {
        let text = TextPlanRenderer(color: color).render(Self.plan, kind: .plan)
        // With colour, the only escape sequences left are the renderer's own SGR colours.
        let withoutColours = text.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
        let controls = withoutColours.unicodeScalars.filter { $0 != "\n" && DisplayText.needsEscape($0) }
        #expect(controls.isEmpty, "raw controls: \(controls.map { String($0.value, radix: 16) })")
        #expect(text.contains(#"Evil\u{1B}[2J\u{1B}]0;pwned\u{7}\u{202E}\r\nline"#))
    }

    @Test func theMarkdownCommentKeepsServerTextInsideItsCode() {
        let markdown = MarkdownPlanRenderer().render(Self.plan, kind: .plan)
        #expect(!markdown.unicodeScalars.contains { $0 != "\n" && DisplayText.needsEscape($0) })
        // The unmanaged name holds single backticks, so its span is fenced with two.
        #expect(markdown.contains(#"- ``EXECUTION/a` **bold** [x](https://evil.example) `b"#))
        #expect(markdown.contains(#"\r\nline`` (id 7)"#))
        #expect(markdown.contains(#"- `EXECUTION/Notes"#))
    }

    @Test(arguments: [("a", "`a`"), ("a`b", "``a`b``"), ("`a", "`` `a ``"), ("x``y", "```x``y```")])
    func inlineCodeCannotBeClosedByItsContent(text: String, expected: String) {
        #expect(MarkdownText.code(text) == expected)
    }
}
