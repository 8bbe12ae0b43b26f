import Foundation
import Testing
import ZephyrDomain

@testable import Reconciler

/// Saved plans: what they keep, what they refuse, and what the fingerprint notices.
@Suite struct SavedPlanTests {
    static let remote = Snippet.remote(
        [Snippet.field(2, "Env", type: "SINGLE_SELECT", description: "old", options: ["Staging", "Prod"])],
        enabled: [Snippet.web: [2]]
    )

    static func saved(server: String = "https://jira.example.com") throws -> SavedPlan {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: Stage, entity: EXECUTION, type: SINGLE_SELECT, previously: [Env], options: [Staging, Production]}]
            """, remote)
        return SavedPlan(
            toolVersion: "test", server: server, projects: [Snippet.web], fingerprint: remote.fingerprint,
            fieldLimits: FieldRules.defaultLimits, options: PlanOptions(allowDelete: true, projectFilter: ["web"]),
            plan: plan
        )
    }

    static func write(_ data: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zf-plan-\(UUID().uuidString).json")
            .path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func roundTripsExactly() throws {
        let saved = try Self.saved()
        let path = try Self.write(saved.encoded())
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SavedPlan.read(path: path) == saved)
        #expect(saved.limits == FieldRules.defaultLimits)
    }

    @Test func neverHoldsCredentialsFromTheServerURL() throws {
        let saved = try Self.saved(server: "https://alice:s3cret@jira.example.com/base")
        #expect(saved.server == "https://jira.example.com/base")
        #expect(!String(decoding: saved.encoded(), as: UTF8.self).contains("s3cret"))
    }

    @Test(arguments: [
        ("{\"not\": \"a plan\"}", "it is not a plan written by `zephyr-fields plan --out`"),
        ("garbage", "it is not a plan written by `zephyr-fields plan --out`"),
    ])
    func refusesWhatIsNotAPlan(contents: String, reason: String) throws {
        let path = try Self.write(Data(contents.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ReconcilerError.self) { try SavedPlan.read(path: path) }
        #expect((try? SavedPlan.read(path: path)) == nil)
        do { _ = try SavedPlan.read(path: path) } catch {
            #expect(error.errorDescription == "cannot read the saved plan \(path): \(reason).")
        }
    }

    @Test func refusesAnotherFormatVersion() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: try Self.saved().encoded()) as? [String: Any])
        object["formatVersion"] = 1
        let path = try Self.write(try JSONSerialization.data(withJSONObject: object))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try SavedPlan.read(path: path)
            Issue.record("a version 1 plan was accepted")
        } catch {
            #expect(
                error.errorDescription?.contains("format version 1; this tool reads \(SavedPlan.formatVersion)") == true
            )
        }
    }

    @Test func refusesAMissingFile() {
        #expect(throws: ReconcilerError.self) { try SavedPlan.read(path: "/nonexistent/plan.json") }
    }

    @Test func refusesAnOversizedFileBeforeReadingIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zf-big-\(UUID().uuidString).json")
            .path
        FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(SavedPlan.maximumFileSize + 1))  // sparse: nothing is written
        try handle.close()
        do {
            _ = try SavedPlan.read(path: path)
            Issue.record("an oversized plan was read")
        } catch {
            #expect(
                error.errorDescription
                    == "cannot read the saved plan \(path): it is 32 MB, over the 32 MB a plan can be.")
        }
    }

    @Test func refusesAFIFOWithoutWaitingOnIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zf-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ReconcilerError.self) { try SavedPlan.read(path: path) }
    }

    @Test func optionsRoundTripSorted() throws {
        let saved = try Self.saved()
        let text = String(decoding: saved.encoded(), as: UTF8.self)
        #expect(text.contains("\"projectFilter\" : [\n      \"WEB\"\n    ]"))
        #expect(try JSONDecoder().decode(SavedPlan.self, from: saved.encoded()).options == saved.options)
    }

    @Test func belongsToTheServerItWasMadeFor() throws {
        let saved = try Self.saved(server: "https://alice:pw@jira.example.com")
        #expect(throws: Never.self) { try saved.check(server: "https://bob:other@jira.example.com") }
        #expect(throws: ReconcilerError.self) { try saved.check(server: "https://jira.other.example.com") }
    }

    /// Every part of the state a plan depends on changes the fingerprint.
    @Test func fingerprintCoversEverythingThePlanDependsOn() {
        let base = Self.remote.fingerprint
        let field = Snippet.field(2, "Env", type: "SINGLE_SELECT", description: "old", options: ["Staging", "Prod"])
        let variants: [(String, RemoteState)] = [
            ("enablement", Snippet.remote([field], enabled: [Snippet.web: [], Snippet.api: [2]])),
            (
                "enablement in another project",
                Snippet.remote([field], enabled: [Snippet.web: [2], Snippet.mobile: [2]])
            ),
            (
                "name",
                Snippet.remote(
                    [
                        Snippet.field(
                            2, "Env2", type: "SINGLE_SELECT", description: "old", options: ["Staging", "Prod"])
                    ], enabled: [Snippet.web: [2]])
            ),
            (
                "description",
                Snippet.remote(
                    [Snippet.field(2, "Env", type: "SINGLE_SELECT", description: "new", options: ["Staging", "Prod"])],
                    enabled: [Snippet.web: [2]])
            ),
            (
                "type",
                Snippet.remote(
                    [Snippet.field(2, "Env", type: "MULTI_SELECT", description: "old", options: ["Staging", "Prod"])],
                    enabled: [Snippet.web: [2]])
            ),
            (
                "option text",
                Snippet.remote(
                    [
                        Snippet.field(
                            2, "Env", type: "SINGLE_SELECT", description: "old", options: ["Staging", "Prod2"])
                    ], enabled: [Snippet.web: [2]])
            ),
            ("a new field", Snippet.remote([field, Snippet.field(3, "New")], enabled: [Snippet.web: [2]])),
        ]
        for (what, state) in variants {
            #expect(state.fingerprint != base, "a change of \(what) keeps the fingerprint")
        }
        #expect(Snippet.remote([field], enabled: [Snippet.web: [2]]).fingerprint == base)
    }
}
