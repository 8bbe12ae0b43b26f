import Foundation
import Testing
import ZephyrDomain

@testable import ZephyrClient

/// `enabledFieldIds` (what planning reads) must agree with `enabledFields` while decoding less.
@Suite struct EnabledFieldIdsTests {
    @Test func readsTheSameIdsWithTheSameRequest() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.fieldList))
        let fields = try await harness.client.enabledFields(entity: .execution, projectId: "10000")
        let ids = try await harness.client.enabledFieldIds(entity: .execution, projectId: "10000")
        #expect(ids == fields.map(\.id))
        #expect(ids == [12, 14])
        let paths = harness.transport.requests.map(\.path)
        #expect(paths.count == 2 && paths[0] == paths[1])
    }

    @Test func nonNumericIdIsInvalid() async {
        let json = #"[{"id": "abc", "name": "X", "fieldType": "TEXT", "entityType": "EXECUTION"}]"#
        let error = await capture {
            _ = try await Harness(FakeTransport(json: json)).client.enabledFieldIds(entity: .execution, projectId: "1")
        }
        guard case .invalidResponse? = error else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
    }
}
