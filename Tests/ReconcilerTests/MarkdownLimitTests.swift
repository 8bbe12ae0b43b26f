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
}
