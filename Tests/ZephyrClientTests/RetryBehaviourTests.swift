import Foundation
import Testing
import ZephyrTransport

@testable import ZephyrClient

/// How often the client repeats a call, seen from the server: the requests it receives.
/// (Found missing by scripts/mutation-check.)
@Suite struct RetryBehaviourTests {
    /// A server that never answers gets the request twice, not maxRetries + 1 times: every
    /// timeout costs the user a whole `--timeout`.
    @Test func aReadThatKeepsTimingOutIsSentTwice() async {
        let harness = Harness(FakeTransport(sequence: [.failure(.timeout)]), maxRetries: 3)
        let error = await capture { _ = try await harness.client.projects() }
        #expect(error?.isAmbiguous == true, "\(String(describing: error))")
        #expect(harness.transport.requests.count == 2)
    }

    /// Dropped connections are repeated up to maxRetries; they are not timeouts.
    @Test func dropsBeforeATimeoutDoNotUseUpTheTimeoutRepeat() async throws {
        let harness = Harness(
            FakeTransport(sequence: [
                .failure(.connectionClosed), .failure(.connectionClosed), .failure(.timeout),
                .success(reply(200, "[]")),
            ]), maxRetries: 3)
        #expect(try await harness.client.projects() == [])
        #expect(harness.transport.requests.count == 4)
    }

    /// The delete timed out (and may have run), was then rate limited, and now the field is
    /// gone: the first attempt deleted it, so the delete succeeded.
    @Test func aDeleteThatTimedOutThenWasRateLimitedAndIsNowGoneSucceeded() async throws {
        let harness = Harness(
            FakeTransport(sequence: [
                .failure(.timeout), .success(reply(429, headers: ["Retry-After": "1"])),
                .success(reply(400, #"{"error":"Custom field not found"}"#)),
            ]))
        try await harness.client.deleteField(id: 12)
        #expect(harness.transport.requests.map(\.method) == ["DELETE", "DELETE", "DELETE"])
    }
}
