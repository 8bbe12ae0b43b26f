/// When and how long to wait before repeating an idempotent call.
///
/// Exponential backoff with full jitter (a random delay between zero and the capped
/// exponential), so parallel workers hitting one overloaded server spread out. A 429's
/// `Retry-After` wins over the computed delay, still capped by `maxBackoff`.
struct RetryPolicy: Sendable {
    var maxRetries: Int
    var initialBackoff: Duration
    var maxBackoff: Duration
    /// Returns a number in `0...1`; injectable so tests can pin the jitter.
    var jitter: @Sendable () -> Double = { Double.random(in: 0...1) }

    /// The delay before retry number `attempt` (0-based) after `error`, or nil when the error
    /// is not worth repeating.
    func delay(after error: ZephyrError, attempt: Int) -> Duration? {
        guard attempt < maxRetries else { return nil }
        switch error {
        case .rateLimited(_, let retryAfter?) where retryAfter.isFinite:
            // Compared as Doubles first: `Duration.seconds` traps on values it cannot hold.
            let capped = min(max(0, retryAfter), Self.seconds(maxBackoff))
            return min(.seconds(capped), maxBackoff)
        case .rateLimited, .timeout, .connectionDropped, .locked:
            return backoff(attempt: attempt)
        case .serverError(_, let status, _) where [502, 503, 504].contains(status):
            return backoff(attempt: attempt)
        default:
            return nil
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private func backoff(attempt: Int) -> Duration {
        let exponential = initialBackoff * (1 << min(attempt, 30))
        return min(exponential, maxBackoff) * jitter()
    }
}
