import Foundation
import ZephyrTransport

/// Decides when each request may start, from what earlier responses said about the server.
///
/// Two mechanisms, both shared by every concurrent call of one client:
/// - when responses carry Jira's `X-RateLimit-*` headers, a `TokenBucket` matching the
///   server's, so a run spends its burst and then sends at the fill rate instead of collecting
///   429s;
/// - adaptive concurrency (AIMD): a 429, 503 or timeout halves the requests allowed in flight,
///   each success adds back a fraction, never above `--parallelism`. With the headers known a
///   429 is left to the bucket, which already knows the server's pace. At one request in
///   flight the same rule goes on as a gap between request starts: a bare 429 doubles it, each
///   success shrinks it by a twentieth, and the window grows again only once it is gone. Without
///   it, a server allowing 20 requests/s at 20 ms latency refused about half of all requests:
///   even one request in flight asks for 50/s.
actor RequestPacer {
    /// One admitted request: its place in the sending order, and how long it must wait.
    struct Ticket: Sendable {
        var number: Int
        var wait: Duration
    }

    enum Outcome: Sendable {
        case answered(TransportResponse)
        case timedOut
        case failed
    }

    private let maxInFlight: Int
    private let slots: AsyncSemaphore
    private let note: @Sendable (String) -> Void
    /// The AIMD window: requests allowed in flight, fractional so growth is gradual.
    private var window: Double
    private var issued = 0
    /// Requests sent before the last cut were already in flight when it happened: their
    /// failures belong to the same congestion and do not cut again.
    private var issuedAtLastCut = 0
    private var bucket: TokenBucket?
    /// Least time between two request starts; zero unless congestion persisted at one in flight.
    private var gap = Duration.zero
    private var nextStart = ContinuousClock.now
    /// The first gap; doubled on every further congestion event at one in flight.
    static let initialGap = Duration.milliseconds(10)
    static let maxGap = Duration.seconds(5)

    init(maxInFlight: Int, note: @escaping @Sendable (String) -> Void) {
        self.maxInFlight = max(1, maxInFlight)
        self.slots = AsyncSemaphore(limit: self.maxInFlight)
        self.window = Double(self.maxInFlight)
        self.note = note
    }

    func admit() async -> Ticket {
        await slots.acquire()
        issued += 1
        let wait = bucket?.reserve(now: .now) ?? spacedStart()
        return Ticket(number: issued, wait: wait)
    }

    /// How long the next request waits for its turn under `gap`.
    private func spacedStart() -> Duration {
        guard gap > .zero else { return .zero }
        let now = ContinuousClock.now
        let start = max(now, nextStart)
        nextStart = start + gap
        return start - now
    }

    func finish(_ ticket: Ticket, _ outcome: Outcome) async {
        switch outcome {
        case .answered(let response):
            let announced = RateLimitHeaders(response.headers)
            if let announced { follow(announced) }
            switch response.status {
            case 429 where announced != nil && bucket != nil: break
            case 429, 503:
                // Only a bare 429 says nothing but "slower": a Retry-After is followed by the
                // retry policy, and spacing every request by it would slow a storm of random
                // 429s to a crawl.
                let bare = response.status == 429 && response.headers["retry-after"] == nil
                await cut(ticket, reason: "a \(response.status)", spacing: bare)
            default: await grow()
            }
        case .timedOut:
            await cut(ticket, reason: "a timeout")
        case .failed:
            break
        }
        await slots.release()
    }

    private func follow(_ announced: RateLimitHeaders) {
        let now = ContinuousClock.now
        guard var current = bucket else {
            bucket = TokenBucket(announced, now: now)
            note(
                "pacing: the server allows \(Self.format(announced.rate)) requests/s in bursts of \(Self.format(announced.limit)); sending at that pace"
            )
            return
        }
        let changed = current.rate != announced.rate || current.capacity != announced.limit
        current.sync(announced, now: now)
        bucket = current
        if changed {
            note(
                "pacing: the server now allows \(Self.format(announced.rate)) requests/s in bursts of \(Self.format(announced.limit))"
            )
        }
    }

    private func cut(_ ticket: Ticket, reason: String, spacing: Bool = false) async {
        guard ticket.number > issuedAtLastCut else { return }
        issuedAtLastCut = issued
        guard window > 1 else {
            guard spacing else { return }
            gap = gap == .zero ? Self.initialGap : min(gap * 2, Self.maxGap)
            note("pacing: one request every \(Self.milliseconds(gap)) ms after \(reason)")
            return
        }
        let before = Int(window)
        window = max(1, window / 2)
        await slots.resize(to: Int(window))
        note("pacing: at most \(Int(window)) requests in flight after \(reason) (was \(before))")
    }

    private func grow() async {
        if gap > .zero {
            gap = gap * 0.95
            if gap < Self.initialGap {
                gap = .zero
                note("pacing: no gap between requests")
            }
            return
        }
        guard window < Double(maxInFlight) else { return }
        let before = Int(window)
        window = min(Double(maxInFlight), window + 1 / window)
        guard Int(window) > before else { return }
        await slots.resize(to: Int(window))
        note("pacing: at most \(Int(window)) requests in flight")
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
