import Foundation
import Testing
import ZephyrDomain

@testable import Reconciler

/// The three renderers on one plan holding every kind of change, compared with reviewed golden
/// files. Re-record with `RECORD_GOLDEN=1 swift test --filter RendererGoldenTests` and review the diff.
@Suite struct RendererGoldenTests {
    static let yaml = """
        # file: defs.yaml
        fields:
          - {name: Browser, entity: EXECUTION, type: SINGLE_SELECT, description: Browser the run used, options: [Chrome, Firefox, Safari]}
          - {name: Test environment, entity: EXECUTION, type: MULTI_SELECT, previously: [Env], options: [Staging, {text: Production, previously: [Prod]}, Dev]}
          - {name: Result, entity: TESTSTEP, type: RADIO_BUTTON, options: [Pass, Fail]}
          - {name: Ticket, entity: EXECUTION, type: TEXT, description: "", protect: true}
        settings: {prune: true}
        # file: web.yaml
        project: WEB
        fields:
          - {name: Browser, entity: EXECUTION}
          - {name: Test environment, entity: EXECUTION}
          - {name: Result, entity: TESTSTEP}
        # file: api.yaml
        project: API
        fields:
          - {name: Test environment, entity: EXECUTION}
          - {name: Ticket, entity: EXECUTION}
        """

    static var plan: Plan {
        get throws {
            try Snippet.plan(
                yaml,
                Snippet.remote(
                    [
                        Snippet.field(
                            2, "Env", type: "MULTI_SELECT", description: "old", options: ["Staging", "Prod", "QA"]),
                        Snippet.field(3, "Result", .testStep),
                        Snippet.field(4, "Ticket", description: "Jira key"),
                        Snippet.field(9, "Legacy <b>"),
                    ], enabled: [Snippet.web: [2, 9, 4], Snippet.api: [4, 2, 9]]),
                options: PlanOptions(allowReplace: true, allowDelete: true))
        }
    }

    @Test(arguments: [("plan.txt", OutputFormat.text), ("plan.json", .json), ("plan.md", .markdown)])
    func matchesGolden(file: String, format: OutputFormat) throws {
        let rendered = format.renderer(color: false).render(try Self.plan, kind: .plan)
        try Golden.check(rendered, file)
    }

    @Test func colouredTextUsesAnsiOnlyWhenAsked() throws {
        let plan = try Self.plan
        #expect(TextPlanRenderer(color: true).render(plan, kind: .plan).contains("\u{1B}[32m"))
        #expect(!TextPlanRenderer(color: false).render(plan, kind: .plan).contains("\u{1B}"))
    }

    @Test func jsonDocumentIsVersionedAndCarriesEveryChange() throws {
        let data = Data(JSONPlanRenderer().render(try Self.plan, kind: .plan).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["format_version"] as? String == "2.0")
        let actions = (document["changes"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
        #expect(
            Set(actions) == [
                "create", "update", "replace", "delete", "add_option", "rename_option", "remove_option", "enable",
                "disable",
            ])
    }

    @Test func driftReportSaysDrift() throws {
        let text = TextPlanRenderer(color: false).render(try Self.plan, kind: .drift)
        #expect(text.hasPrefix("Drift detected: the server differs from the configuration."))
    }
}

enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ rendered: String, _ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            rendered == expected,
            "\(file) differs from the golden file; re-record with RECORD_GOLDEN=1 and review the diff",
            sourceLocation: sourceLocation)
    }
}
