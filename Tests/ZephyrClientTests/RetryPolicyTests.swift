import Foundation
import Testing

@testable import ZephyrClient

/// Issue 13: one policy decides every repeat, by request class, with a time budget for 429s.
@Suite struct RetryPolicyTests {
    private let policy = RetryPolicy(
        maxRetries: 3, initialBackoff: .milliseconds(100), maxBackoff: .seconds(10), budget: .seconds(30), jitter: { 1 }
    )
    private static let rateLimited = ZephyrError.rateLimited(operation: "x", retryAfterSeconds: 2)

    @Test(arguments: [RetryPolicy.RequestClass.idempotentRead, .idempotentWrite, .nonIdempotentWrite])
    func a429IsRepeatedByEveryClassUntilTheBudgetIsSpent(kind: RetryPolicy.RequestClass) {
        // Far more attempts than maxRetries: rate limiting is not counted, only timed.
        #expect(
            policy.decision(after: Self.rateLimited, class: kind, attempt: 40, waited: .seconds(28))
                == .repeatAfter(.seconds(2)))
        #expect(policy.decision(after: Self.rateLimited, class: kind, attempt: 1, waited: .seconds(29)) == .stop)
    }

    @Test func a429WithoutRetryAfterBacksOffExponentiallyWithinTheBudget() {
        let bare = ZephyrError.rateLimited(operation: "x", retryAfterSeconds: nil)
        #expect(
            policy.decision(after: bare, class: .idempotentRead, attempt: 0, waited: .zero)
                == .repeatAfter(.milliseconds(100)))
        #expect(
            policy.decision(after: bare, class: .idempotentRead, attempt: 3, waited: .zero)
                == .repeatAfter(.milliseconds(800)))
        #expect(policy.decision(after: bare, class: .idempotentRead, attempt: 10, waited: .seconds(25)) == .stop)
    }

    @Test func a503IsBudgetBoundAndVerifiedBeforeANonIdempotentRepeat() {
        let busy = ZephyrError.serverError(operation: "x", status: 503, message: "")
        #expect(
            policy.decision(after: busy, class: .idempotentWrite, attempt: 9, waited: .zero)
                == .repeatAfter(.seconds(10)))
        #expect(
            policy.decision(after: busy, class: .nonIdempotentWrite, attempt: 0, waited: .zero)
                == .verifyThenRepeat(after: .milliseconds(100)))
        #expect(policy.decision(after: busy, class: .idempotentRead, attempt: 0, waited: .seconds(30)) == .stop)
    }

    @Test func a503WaitsForItsOwnRetryAfterWithinTheBudget() {
        let busy = ZephyrError.serverError(operation: "x", status: 503, message: "", retryAfterSeconds: 7)
        #expect(
            policy.decision(after: busy, class: .idempotentRead, attempt: 0, waited: .zero) == .repeatAfter(.seconds(7))
        )
        #expect(
            policy.decision(after: busy, class: .nonIdempotentWrite, attempt: 0, waited: .zero)
                == .verifyThenRepeat(after: .seconds(7)))
        // 24 s waited + 7 s would pass the 30 s budget.
        #expect(policy.decision(after: busy, class: .idempotentRead, attempt: 0, waited: .seconds(24)) == .stop)
        // Capped like a 429's, and never zero.
        let long = ZephyrError.serverError(operation: "x", status: 503, message: "", retryAfterSeconds: 3600)
        #expect(
            policy.decision(after: long, class: .idempotentRead, attempt: 0, waited: .zero)
                == .repeatAfter(.seconds(10)))
        let zero = ZephyrError.serverError(operation: "x", status: 503, message: "", retryAfterSeconds: 0)
        #expect(
            policy.decision(after: zero, class: .idempotentRead, attempt: 0, waited: .zero)
                == .repeatAfter(.milliseconds(50)))
    }

    @Test func theClientWaitsAsA503Asks() async throws {
        let harness = Harness(
            FakeTransport(sequence: [
                .success(reply(503, headers: ["Retry-After": "3"])), .success(reply(200, "[]")),
            ]))
        #expect(try await harness.client.projects().isEmpty)
        #expect(harness.sleeps.all == [.seconds(3)])
    }

    @Test func ambiguousFailuresAreCountedAndNeverBlindlyRepeatedForNonIdempotentCalls() {
        let dropped = ZephyrError.connectionDropped(operation: "x")
        #expect(
            policy.decision(after: dropped, class: .idempotentRead, attempt: 2, waited: .zero)
                == .repeatAfter(.milliseconds(400)))
        #expect(policy.decision(after: dropped, class: .idempotentRead, attempt: 3, waited: .zero) == .stop)
        #expect(
            policy.decision(after: dropped, class: .nonIdempotentWrite, attempt: 0, waited: .zero)
                == .verifyThenRepeat(after: .milliseconds(100)))
        #expect(policy.decision(after: dropped, class: .nonIdempotentWrite, attempt: 3, waited: .zero) == .stop)
    }

    @Test func aTimeoutIsTriedOnceMore() {
        let timeout = ZephyrError.timeout(operation: "x", server: "https://jira.example.com", seconds: 20)
        #expect(
            policy.decision(after: timeout, class: .idempotentRead, attempt: 2, waited: .zero, timeouts: 0)
                == .repeatAfter(.milliseconds(400)))
        #expect(
            policy.decision(after: timeout, class: .idempotentRead, attempt: 1, waited: .zero, timeouts: 1) == .stop)
    }

    @Test func permanentErrorsStop() {
        for error in [
            ZephyrError.badRequest(operation: "x", message: "y"), .forbidden(operation: "x", permission: "y"),
            .serverError(operation: "x", status: 500, message: ""), .connectionRefused(server: "x"),
        ] {
            #expect(policy.decision(after: error, class: .idempotentRead, attempt: 0, waited: .zero) == .stop)
        }
    }

    @Test func retryAfterAsSecondsAndAsHTTPDate() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2026-11-29T12:00:00Z"))
        #expect(ResponseErrorMapper.seconds("7", now: now) == 7)
        #expect(ResponseErrorMapper.seconds("Sun, 29 Nov 2026 12:00:42 GMT", now: now) == 42)
        #expect(ResponseErrorMapper.seconds("Wed, 21 Oct 2015 07:28:00 GMT", now: now) == 0)
        #expect(
            ResponseErrorMapper.seconds("Mon, 29 Nov 2027 12:00:00 GMT", now: now)
                == ResponseErrorMapper.maxRetryAfterSeconds)
    }

    @Test func theClientStopsRepeatingA429WhenTheBudgetIsSpent() async {
        let harness = Harness(FakeTransport(status: 429, headers: ["Retry-After": "2"]), retryBudget: .seconds(7))
        let error = await capture { _ = try await harness.client.projects() }
        #expect(error == .rateLimited(operation: "list Jira projects", retryAfterSeconds: 2))
        // 2 + 2 + 2 s fit in 7 s; a fourth wait would not.
        #expect(harness.sleeps.all == [.seconds(2), .seconds(2), .seconds(2)])
        #expect(harness.transport.requests.count == 4)
    }

    @Test func aRateLimitedEnableIsRepeatedBecauseTheServerDidNotRunIt() async throws {
        let harness = Harness(
            FakeTransport(sequence: [.success(reply(429, headers: ["Retry-After": "1"])), .success(reply(200, "{}"))]))
        try await harness.client.setEnabled(true, fieldId: 12, projectId: "10000")
        #expect(harness.transport.requests.count == 2)
        #expect(harness.sleeps.all == [.seconds(1)])
    }
}
