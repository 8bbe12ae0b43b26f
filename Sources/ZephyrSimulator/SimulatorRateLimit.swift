import Foundation

/// Jira Data Center's rate limiting, as the simulator plays it: a token bucket per server
/// (one client at a time talks to a simulator) refilled `perSecond` tokens a second up to
/// `burst`. A request that finds no token gets 429 before it takes effect.
package struct RateLimitProfile: Sendable, Codable, Equatable {
    package var perSecond: Double
    package var burst: Int
    /// True: every response carries `X-RateLimit-Limit`, `-Remaining`, `-Interval-Seconds` and
    /// `-FillRate`, and a 429 carries `Retry-After`, as Jira sends them. False: a bare 429 and
    /// nothing else, for testing a client that must find the pace on its own.
    package var headers: Bool

    package init(perSecond: Double, burst: Int, headers: Bool = true) {
        self.perSecond = perSecond
        self.burst = burst
        self.headers = headers
    }

    /// Parses `20/s` (or `20`) as requests per second.
    package init?(rate text: String, burst: Int?, headers: Bool = true) {
        let number = text.hasSuffix("/s") ? String(text.dropLast(2)) : text
        guard let perSecond = Double(number), perSecond.isFinite, perSecond > 0 else { return nil }
        let burst = burst ?? max(1, Int(perSecond.rounded(.up)))
        guard burst >= 1 else { return nil }
        self.init(perSecond: perSecond, burst: burst, headers: headers)
    }
}

/// The bucket's state; `take` is called once per request, in arrival order.
struct RateLimiter: Sendable {
    let profile: RateLimitProfile
    private var tokens: Double
    private var updated: Date?
    private(set) var refused = 0

    init(_ profile: RateLimitProfile) {
        self.profile = profile
        tokens = Double(profile.burst)
    }

    /// Takes a token if there is one. Returns the headers to add to the response and whether
    /// the request must be refused with 429.
    mutating func take(now: Date) -> (refuse: Bool, headers: [String: String]) {
        if let updated {
            tokens = min(Double(profile.burst), tokens + max(0, now.timeIntervalSince(updated)) * profile.perSecond)
        }
        updated = now
        let refuse = tokens < 1
        if refuse { refused += 1 } else { tokens -= 1 }
        guard profile.headers else { return (refuse, [:]) }
        var headers = [
            "X-RateLimit-Limit": String(profile.burst),
            "X-RateLimit-Remaining": String(Int(tokens.rounded(.down))),
            "X-RateLimit-Interval-Seconds": "1",
            "X-RateLimit-FillRate": Self.format(profile.perSecond),
        ]
        if refuse {
            headers["Retry-After"] = String(max(1, Int(((1 - tokens) / profile.perSecond).rounded(.up))))
        }
        return (refuse, headers)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
