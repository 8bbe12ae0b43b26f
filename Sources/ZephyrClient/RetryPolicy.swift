/// The one place that decides whether and when a failed request is tried again.
///
/// Requests come in three classes. A 429 means the server did not run the request, so every
/// class repeats it, for as long as the time budget lasts: load is back-pressure, not failure.
/// Other transient failures (502-504, timeouts, dropped connections) are repeated a few times
/// with exponential backoff and full jitter (a random delay between zero and the capped
/// exponential), so parallel workers spread out; but a non-idempotent write that failed that
/// way may have taken effect, so it is only repeated after the caller re-read the server
/// (`verifyThenRepeat`). The client repeats; the applier, which can re-read, verifies.
package struct RetryPolicy: Sendable {
    package enum RequestClass: Sendable {
        /// Reads: repeating changes nothing.
        case idempotentRead
        /// Updates, renames, deletes of known ids: repeating leaves the same result.
        case idempotentWrite
        /// Creates, option adds and the enable toggle: a blind repeat could do it twice.
        case nonIdempotentWrite
    }

    package enum Decision: Sendable, Equatable {
        case repeatAfter(Duration)
        /// Wait, re-read whether the call took effect, and repeat only if it did not.
        case verifyThenRepeat(after: Duration)
        case stop
    }

    /// Repeats of one request after transient failures other than rate limiting.
    package var maxRetries: Int
    package var initialBackoff: Duration
    /// Upper bound for one wait, including a server's `Retry-After`.
    package var maxBackoff: Duration
    /// How long one request may spend waiting on 429s and 503s before the run gives up.
    package var budget: Duration
    /// Timeouts are repeated at most this often: a server that does not answer in
    /// `--timeout` seconds twice in a row is not going to, and the user should hear so soon.
    package var maxTimeoutRetries = 1
    /// Returns a number in `0...1`; injectable so tests can pin the jitter.
    package var jitter: @Sendable () -> Double = { Double.random(in: 0...1) }

    package init(
        maxRetries: Int = 4, initialBackoff: Duration = .milliseconds(200), maxBackoff: Duration = .seconds(10),
        budget: Duration = .seconds(300), jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.budget = budget
        self.jitter = jitter
    }

    /// What to do after attempt number `attempt` (0-based) of a request of class `kind` failed
    /// with `error`, having already waited `waited` in total for this request and timed out
    /// `timeouts` times before.
    package func decision(
        after error: ZephyrError, class kind: RequestClass, attempt: Int, waited: Duration, timeouts: Int = 0
    ) -> Decision {
        switch error {
        case .rateLimited(_, let retryAfter):
            let wait = pause(retryAfter: retryAfter, attempt: attempt)
            return waited + wait <= budget ? .repeatAfter(wait) : .stop
        case .serverError(_, 503, _, let retryAfter):
            // Overloaded: budget-bound like a 429, but the request may have run.
            let wait = pause(retryAfter: retryAfter, attempt: attempt)
            guard waited + wait <= budget else { return .stop }
            return kind == .nonIdempotentWrite ? .verifyThenRepeat(after: wait) : .repeatAfter(wait)
        case .timeout where timeouts >= maxTimeoutRetries:
            return .stop
        // Zephyr Enterprise's "is locked": refused, nothing happened; repeating (after a re-read
        // for writes) is safe.
        case .timeout, .connectionDropped, .serverError(_, 502, _, _), .serverError(_, 504, _, _), .transportFailure,
            .locked:
            guard attempt < maxRetries else { return .stop }
            if case .transportFailure = error, kind != .nonIdempotentWrite { return .stop }
            let wait = backoff(attempt: attempt)
            return kind == .nonIdempotentWrite ? .verifyThenRepeat(after: wait) : .repeatAfter(wait)
        default:
            return .stop
        }
    }

    /// The wait before repeating a 429 or 503: the server's `Retry-After`, else a growing pause.
    /// Never zero: a server answering `Retry-After: 0` forever must not get a hot loop, and
    /// every wait spends the budget, so the loop ends.
    private func pause(retryAfter: Double?, attempt: Int) -> Duration {
        max(retryAfter.map(clamped) ?? backoff(attempt: attempt), initialBackoff / 2)
    }

    /// A server's `Retry-After` as a wait. Compared as Doubles first: `Duration.seconds` traps
    /// on values it cannot hold, and the header is server input.
    private func clamped(_ seconds: Double) -> Duration {
        guard seconds.isFinite else { return maxBackoff }
        return min(.seconds(min(max(0, seconds), Self.seconds(maxBackoff))), maxBackoff)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private func backoff(attempt: Int) -> Duration {
        let exponential = initialBackoff * (1 << min(attempt, 30))
        return min(exponential, maxBackoff) * jitter()
    }
}
