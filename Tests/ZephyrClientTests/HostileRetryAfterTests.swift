import Foundation
import Testing

@testable import ZephyrClient

/// Issue 15, defect 3: `Retry-After` is server input; `inf`, `nan` or `1e300` trapped while
/// being turned into a `Duration`, killing an apply mid-way.
@Suite struct HostileRetryAfterTests {
    @Test(arguments: [
        ("2", 2.0), ("0", 0.0), (" 7 ", 7.0), ("1e300", ResponseErrorMapper.maxRetryAfterSeconds),
        ("86400", ResponseErrorMapper.maxRetryAfterSeconds),
    ])
    func validValuesAreReadAndClamped(header: String, seconds: Double) {
        #expect(ResponseErrorMapper.seconds(header) == seconds)
    }

    @Test(arguments: ["inf", "-inf", "nan", "-5", "Wed, 32 Oct 2015 07:28:00 GMT", "", "0x10p9999"])
    func nonsenseIsUnknown(header: String) {
        #expect(ResponseErrorMapper.seconds(header) == nil)
    }

    @Test(arguments: [Double.infinity, .nan, 1e300, -1e300, .greatestFiniteMagnitude])
    func theRetryPolicyNeverTrapsOnAnyDouble(seconds: Double) throws {
        let policy = RetryPolicy(
            maxRetries: 3, initialBackoff: .milliseconds(100), maxBackoff: .seconds(5), jitter: { 1 })
        let decision = policy.decision(
            after: .rateLimited(operation: "x", retryAfterSeconds: seconds), class: .idempotentRead, attempt: 0,
            waited: .zero)
        guard case .repeatAfter(let delay) = decision else {
            Issue.record("expected a repeat, got \(decision)")
            return
        }
        #expect(delay >= .zero && delay <= .seconds(5))
        _ = ZephyrError.rateLimited(operation: "x", retryAfterSeconds: seconds).errorDescription
    }

    @Test func aReadSurvivesHostileRetryAfterHeaders() async throws {
        let harness = Harness(
            FakeTransport(sequence: [
                .success(reply(429, headers: ["Retry-After": "inf"])),
                .success(reply(429, headers: ["Retry-After": "nan"])),
                .success(reply(429, headers: ["Retry-After": "1e300"])),
                .success(reply(200, "[]")),
            ]))
        #expect(try await harness.client.projects() == [])
        #expect(harness.sleeps.all.count == 3)
        #expect(harness.sleeps.all.allSatisfy { $0 <= .seconds(5) })
    }

    @Test func theMessageAfterGivingUpDoesNotTrap() async {
        let harness = Harness(FakeTransport(status: 429, headers: ["Retry-After": "1e300"]), maxRetries: 0)
        let error = await capture { _ = try await harness.client.projects() }
        #expect(
            error?.errorDescription == "list Jira projects was rate limited (429); the server asked to wait 3600 s.")
    }
}
