import Foundation
import Testing
import ZephyrDomain
import ZephyrTransport

@testable import ZephyrClient

/// Idempotent calls are repeated on transient failures; non-idempotent ones never are.
@Suite struct RetryTests {
    @Test func getIsRetriedAfter503And429HonouringRetryAfter() async throws {
        let harness = Harness(
            FakeTransport(sequence: [
                .success(reply(503)), .success(reply(429, headers: ["Retry-After": "2"])), .failure(.timeout),
                .success(reply(200, "[]")),
            ]))
        #expect(try await harness.client.projects() == [])
        #expect(harness.transport.requests.count == 4)
        let sleeps = harness.sleeps.all
        #expect(sleeps.count == 3)
        #expect(sleeps[0] <= .milliseconds(100))  // full jitter below initialBackoff
        #expect(sleeps[1] == .seconds(2))  // Retry-After
        #expect(sleeps[2] <= .milliseconds(400))  // 100 ms * 2^2, jittered
    }

    @Test func retryAfterIsCappedByMaxBackoff() async throws {
        let harness = Harness(
            FakeTransport(sequence: [
                .success(reply(429, headers: ["Retry-After": "3600"])), .success(reply(200, "[]")),
            ]))
        _ = try await harness.client.projects()
        #expect(harness.sleeps.all == [.seconds(5)])
    }

    @Test func givesUpAfterMaxRetries() async {
        let harness = Harness(FakeTransport(status: 502), maxRetries: 2)
        let error = await capture { _ = try await harness.client.fields(entity: .execution) }
        #expect(error == .serverError(operation: "list EXECUTION fields", status: 502, message: ""))
        #expect(harness.transport.requests.count == 3)
    }

    @Test func plainServerErrorsAndClientErrorsAreNotRetried() async {
        for status in [500, 400, 403] {
            let harness = Harness(FakeTransport(status: status))
            _ = await capture { _ = try await harness.client.fields(entity: .execution) }
            #expect(harness.transport.requests.count == 1, "status \(status)")
        }
    }

    @Test func updatesAndRenamesAreRetried() async throws {
        let harness = Harness(
            FakeTransport(sequence: [.failure(.connectionClosed), .success(reply(200, Fixtures.browser))]))
        _ = try await harness.client.updateField(id: 12, name: "Browser", description: nil)
        try await harness.client.renameOption(id: "5", to: "Chromium")
        #expect(harness.transport.requests.count == 3)
    }

    @Test(arguments: [
        Result<TransportResponse, TransportError>.success(reply(503)), .failure(.connectionClosed), .failure(.timeout),
    ])
    func nonIdempotentCallsAreSentOnce(_ failure: Result<TransportResponse, TransportError>) async {
        let harness = Harness(FakeTransport(sequence: [failure]))
        let create = await capture {
            _ = try await harness.client.createField(
                NewField(name: "B", description: nil, type: .text, entity: .execution, options: []))
        }
        let add = await capture { _ = try await harness.client.addOption(fieldId: 12, text: "x") }
        let enable = await capture { try await harness.client.setEnabled(true, fieldId: 12, projectId: "10000") }
        // Every call failed ambiguously and was left for the applier to re-read and decide.
        #expect([create, add, enable].allSatisfy { $0?.isAmbiguous == true })
        #expect(harness.transport.requests.map(\.method) == ["POST", "POST", "DELETE"])
        #expect(harness.sleeps.all.isEmpty)
    }

    @Test func repeatedDeleteAnsweringNotFoundAfterAnAmbiguousAttemptSucceeds() async throws {
        let notFound = reply(400, #"{"error":"Custom field not found"}"#)
        let harness = Harness(FakeTransport(sequence: [.failure(.timeout), .success(notFound)]))
        try await harness.client.deleteField(id: 12)
        #expect(harness.transport.requests.count == 2)
    }

    @Test func deleteOfAMissingFieldWithoutAnEarlierAttemptFails() async {
        let harness = Harness(FakeTransport(status: 400, json: #"{"error":"Custom field not found"}"#))
        #expect(
            await capture { try await harness.client.deleteField(id: 12) }
                == .notFound(operation: "delete field 12", message: "Custom field not found"))
    }

    @Test func removeOptionAfterADroppedConnectionCountsNotFoundAsDone() async throws {
        let harness = Harness(
            FakeTransport(sequence: [
                .failure(.connectionClosed), .success(reply(400, #"{"error":"Option does not exist"}"#)),
            ]))
        try await harness.client.removeOption(id: "9")
        #expect(harness.transport.requests.count == 2)
    }
}
