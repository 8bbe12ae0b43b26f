import ZephyrTransport

/// The server's rate limit as Jira Data Center announces it on every response.
///
/// `X-RateLimit-FillRate` tokens are added every `X-RateLimit-Interval-Seconds`, up to
/// `X-RateLimit-Limit`; `X-RateLimit-Remaining` is what is left now. The values are server
/// input: anything absent, non-finite, zero or negative means "no announced limit".
struct RateLimitHeaders: Equatable {
    var limit: Double
    var remaining: Double
    /// Tokens per second.
    var rate: Double

    init?(_ headers: [String: String]) {
        func number(_ name: String) -> Double? {
            guard let text = headers[name], let value = Double(text.trimmingCharacters(in: .whitespaces)),
                value.isFinite, value >= 0
            else { return nil }
            return value
        }
        guard let limit = number("x-ratelimit-limit"), let remaining = number("x-ratelimit-remaining"),
            let interval = number("x-ratelimit-interval-seconds"), let fill = number("x-ratelimit-fillrate"),
            limit >= 1, interval > 0, fill > 0
        else { return nil }
        // Bounded so a hostile header cannot stall the run for ever or overflow a Duration.
        self.limit = min(limit, 1_000_000)
        self.remaining = min(remaining, self.limit)
        self.rate = min(max(fill / interval, 0.01), 1_000_000)
    }
}

/// A client-side copy of the server's token bucket, refilled continuously.
///
/// Each request reserves a token; when none is left it waits for its turn (tokens may go
/// negative: each reservation is a place in the queue). Responses can only lower the count: the
/// server's `Remaining` does not yet include requests still on the way to it.
struct TokenBucket {
    private(set) var capacity: Double
    private(set) var rate: Double
    private var tokens: Double
    private var updated: ContinuousClock.Instant

    init(_ announced: RateLimitHeaders, now: ContinuousClock.Instant) {
        capacity = announced.limit
        rate = announced.rate
        tokens = announced.remaining
        updated = now
    }

    /// Takes one token; returns how long to wait before sending.
    mutating func reserve(now: ContinuousClock.Instant) -> Duration {
        refill(now: now)
        tokens -= 1
        return tokens >= 0 ? .zero : .seconds(-tokens / rate)
    }

    /// Follows what the server said: a new limit or rate is taken as given, and `Remaining`
    /// well below our count (someone else shares the bucket, or our count drifted) wins.
    mutating func sync(_ announced: RateLimitHeaders, now: ContinuousClock.Instant) {
        refill(now: now)
        capacity = announced.limit
        rate = announced.rate
        // Remaining is rounded down by the server: only a difference of a whole token counts.
        if announced.remaining + 1 < tokens { tokens = announced.remaining }
    }

    private mutating func refill(now: ContinuousClock.Instant) {
        tokens = min(capacity, tokens + RetryPolicy.seconds(now - updated) * rate)
        updated = now
    }
}
