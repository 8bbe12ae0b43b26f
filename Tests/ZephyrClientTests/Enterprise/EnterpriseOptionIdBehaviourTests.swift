import Foundation
import Testing
import ZephyrTransport

@testable import ZephyrClient

/// Option ids and error answers of Zephyr Enterprise, from the list the server holds and what
/// it answers. (Found missing by scripts/mutation-check.)
@Suite struct EnterpriseOptionIdBehaviourTests {
    /// Someone added "Chrome" by hand while the configuration renames "Chromium" to "Chrome":
    /// the option that already has the text keeps its id (its values stay), and "Chromium" is dropped.
    @Test func anExactTextKeepsItsIdOverARenameToTheSameText() {
        let current = [EnterpriseOption(id: "1", value: "Chrome"), .init(id: "2", value: "Chromium")]
        let list = EnterpriseOptionList.assigningIds(
            current: current, wanted: ["Chrome", "Edge"], renames: ["Chromium": "Chrome"])
        #expect(list == [.init(id: "1", value: "Chrome"), .init(id: "3", value: "Edge")])
    }

    /// A proxy or login page that says nothing (or the wrong thing) about its content type is
    /// still a web page, not an API answer.
    @Test(arguments: [200, 404])
    func anHTMLPageWithoutAnHTMLContentTypeMeansTheWebUI(status: Int) async {
        for headers: [String: String] in [[:], ["Content-Type": "text/plain"]] {
            let harness = Harness.enterprise(
                FakeTransport(
                    status: status, json: "\n<html><head><title>Log in</title></head></html>", headers: headers))
            let error = await capture { _ = try await harness.enterprise.projects() }
            #expect(error == .webUI(url: "https://jira.example.com/flex/services/rest/v3/project/"), "\(headers)")
        }
    }

    /// "... is locked" comes at any status; a read that was refused that way is repeated.
    @Test(arguments: [400, 409, 500])
    func aLockedReadIsRepeatedWhateverTheStatus(status: Int) async throws {
        let locked = reply(status, #"{"errorMsg":"Testcase is locked by another user","errorCode":"122z04"}"#)
        let harness = Harness.enterprise(FakeTransport(sequence: [.success(locked), .success(reply(200, "[]"))]))
        #expect(try await harness.enterprise.projects() == [])
        #expect(harness.transport.requests.count == 2)
    }
}
