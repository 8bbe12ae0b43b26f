import Foundation
import Testing

@testable import ZephyrClient

/// Differences between server versions, learned once per client.
@Suite struct ServerQuirkTests {
    @Test func enableFallsBackToPUTOn405AndRemembersIt() async throws {
        let harness = Harness(
            FakeTransport { request, _ in
                request.method == "DELETE" ? reply(405) : reply(200, #"{"message":"ok"}"#)
            })
        try await harness.client.setEnabled(true, fieldId: 12, projectId: "10000")
        // A copy of the client shares what was learned.
        let copy = harness.client
        try await copy.setEnabled(false, fieldId: 13, projectId: "10000")
        #expect(
            harness.transport.requests.map { "\($0.method) \($0.path)" } == [
                "DELETE /rest/zapi/latest/customfield/12/10000?enable=true",
                "PUT /rest/zapi/latest/customfield/12/10000?enable=true",
                "PUT /rest/zapi/latest/customfield/13/10000?enable=false",
            ])
    }

    /// Issue 13: concurrent enables wait for the first one to find the verb, instead of each
    /// sending the refused DELETE first.
    @Test func concurrentEnablesProbeTheVerbOnce() async throws {
        let harness = Harness(
            FakeTransport { request, _ in
                // Slow enough that, unshared, every task would have sent its DELETE meanwhile.
                try await Task.sleep(for: .milliseconds(20))
                return request.method == "DELETE" ? reply(405) : reply(200, #"{"message":"ok"}"#)
            })
        try await withThrowingTaskGroup(of: Void.self) { group in
            for field in 1...8 {
                group.addTask { try await harness.client.setEnabled(true, fieldId: field, projectId: "10000") }
            }
            try await group.waitForAll()
        }
        let methods = harness.transport.requests.map(\.method)
        #expect(methods.filter { $0 == "DELETE" }.count == 1)
        #expect(methods.filter { $0 == "PUT" }.count == 8)
    }

    @Test func enableFailsWhenBothVerbsAreRefused() async {
        let harness = Harness(FakeTransport(status: 405))
        let error = await capture { try await harness.client.setEnabled(true, fieldId: 12, projectId: "1") }
        #expect(error == .methodNotAllowed(operation: "enable field 12 in project 1"))
        #expect(harness.transport.requests.map(\.method) == ["DELETE", "PUT"])
    }

    @Test(arguments: [404, 405])
    func bulkDeleteFallsBackToSingleDeletesAndRemembers(_ status: Int) async throws {
        let harness = Harness(
            FakeTransport { request, _ in
                request.path.hasSuffix("delete-customfields") ? reply(status) : reply(200, #"{"message":"deleted"}"#)
            })
        try await harness.client.deleteFields(ids: [3, 14])
        try await harness.client.deleteFields(ids: [5])
        let paths = harness.transport.requests.map(\.path)
        #expect(paths.first == "/rest/zapi/latest/customfield/delete-customfields")
        #expect(
            Set(paths.dropFirst()) == [
                "/rest/zapi/latest/customfield/3", "/rest/zapi/latest/customfield/14",
                "/rest/zapi/latest/customfield/5",
            ])
        #expect(paths.count == 4)
    }

    @Test func singleDeletesReportAFailureAfterTryingEveryId() async {
        let harness = Harness(
            FakeTransport { request, _ in
                if request.path.hasSuffix("delete-customfields") { return reply(404) }
                return request.path.hasSuffix("/3") ? reply(400, #"{"error":"Custom field not found"}"#) : reply(200)
            })
        let error = await capture { try await harness.client.deleteFields(ids: [3, 14]) }
        #expect(error == .notFound(operation: "delete field 3", message: "Custom field not found"))
        #expect(harness.transport.requests.count == 3)
    }

    @Test func bulkDeleteErrorsOtherThanMissingEndpointAreReported() async {
        let harness = Harness(FakeTransport(status: 403))
        let error = await capture { try await harness.client.deleteFields(ids: [3]) }
        #expect(error == .forbidden(operation: "delete fields 3", permission: "Jira administrator rights"))
        #expect(harness.transport.requests.count == 1)
    }
}
