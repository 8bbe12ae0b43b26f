import Testing
import ZephyrDomain

@testable import Reconciler

@Suite struct MarkdownLimitTests {
    /// A plan far too big for one comment still renders under the limit, cut between fields.
    @Test(arguments: [10, 2_000, 20_000])
    func staysUnderTheLimit(fields: Int) {
        let changes = (0..<fields).map { index in
            FieldChange(
                entity: .execution, name: "Field \(index) " + String(repeating: "x", count: 40), action: .create,
                fieldId: nil,
                before: nil,
                after: FieldSnapshot(
                    name: "Field \(index)", entity: .execution, type: .known(.singleSelect), description: "d",
                    options: ["a", "b", "c"]),
                projects: [ProjectChange(kind: .enable, project: ProjectRef(id: "1", key: "WEB"))],
                reason: "not on the server"
            )
        }
        let plan = Plan(changes: changes, warnings: [], unmanaged: [], blockedBy: [])
        let markdown = MarkdownPlanRenderer().render(plan, kind: .plan)
        #expect(markdown.count < 60_000)
        #expect(markdown.contains("**Plan: \(fields) to create"))
        // Every block that is shown is whole, and the fence and details are closed.
        #expect(markdown.components(separatedBy: "```").count == 3)
        #expect(markdown.contains("</details>"))
        if fields > 1_000 {
            #expect(markdown.contains("more fields not shown to keep this comment under 60000 characters"))
        }
    }

    /// One field whose block alone is over the budget is counted, not shown: the cap still holds.
    @Test func aSingleHugeFieldBlockIsLeftOut() {
        let options = (0..<2_000).map { "Option \($0) " + String(repeating: "y", count: 30) }
        let change = FieldChange(
            entity: .execution, name: "Huge", action: .create, fieldId: nil, before: nil,
            after: FieldSnapshot(
                name: "Huge", entity: .execution, type: .known(.singleSelect), description: "d", options: options),
            projects: [], reason: "not on the server"
        )
        let markdown = MarkdownPlanRenderer().render(
            Plan(changes: [change], warnings: [], unmanaged: [], blockedBy: []), kind: .plan)
        #expect(markdown.count < 60_000)
        #expect(markdown.contains("_1 more field not shown to keep this comment under 60000 characters"))
        #expect(!markdown.contains("Option 1999"))
    }

    /// The notes after the changes count against the cap too.
    @Test func notesAfterTheChangesCountAgainstTheLimit() {
        let changes = (0..<40).map { index in
            FieldChange(
                entity: .execution, name: "Field \(index)", action: .create, fieldId: nil, before: nil,
                after: FieldSnapshot(
                    name: "Field \(index)", entity: .execution, type: .known(.text),
                    description: String(repeating: "d", count: 200), options: []),
                projects: [], reason: "not on the server"
            )
        }
        let unmanaged = (0..<100).map {
            UnmanagedField(
                entity: .execution, name: "Unmanaged " + String(repeating: "u", count: 60) + "\($0)", fieldId: $0)
        }
        let limit = 12_000
        let markdown = MarkdownPlanRenderer(limit: limit).render(
            Plan(changes: changes, warnings: [], unmanaged: unmanaged, blockedBy: []), kind: .plan)
        #expect(markdown.count <= limit, "\(markdown.count) characters")
        #expect(markdown.contains("Unmanaged"))
    }
}
