import Foundation
import Testing
import ZephyrTransport

@testable import ZephyrClient

/// The client's copy of the server's rate limit: what it lets through at once, and how long a
/// request waits, given the `X-RateLimit-*` headers the server sent. (Found missing by
/// scripts/mutation-check.)
@Suite struct RateLimitBucketTests {
    private static func headers(limit: Int, remaining: Int, interval: Int = 1, fill: Int) -> [String: String] {
        [
            "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": String(remaining),
            "X-RateLimit-Interval-Seconds": String(interval), "X-RateLimit-FillRate": String(fill),
        ]
    }

    /// The server's bucket holds at most `limit` tokens however long the client was idle, so
    /// after a pause only a burst of `limit` goes at once.
    @Test func afterALongPauseOnlyTheBurstGoesAtOnce() throws {
        // As a response carries them: TransportResponse lowercases the names.
        let response = TransportResponse(status: 200, headers: Self.headers(limit: 2, remaining: 0, fill: 10))
        let announced = try #require(RateLimitHeaders(response.headers))
        let start = ContinuousClock.now
        var bucket = TokenBucket(announced, now: start)
        let later = start + .seconds(60)
        #expect(bucket.reserve(now: later) == .zero)
        #expect(bucket.reserve(now: later) == .zero)
        // The third waits for the next token: a tenth of a second at 10 per second.
        let wait = bucket.reserve(now: later)
        #expect(wait > .milliseconds(99) && wait <= .milliseconds(101), "waits \(wait)")
    }

    /// `FillRate` tokens come every `Interval-Seconds`: 10 per 5 s is 2 per second.
    @Test func theFillRateIsPerAnnouncedInterval() async {
        let pacer = RequestPacer(maxInFlight: 8, note: { _ in })
        await pacer.finish(
            await pacer.admit(),
            .answered(
                TransportResponse(status: 200, headers: Self.headers(limit: 2, remaining: 0, interval: 5, fill: 10))))
        let next = await pacer.admit()
        #expect(next.wait > .milliseconds(400) && next.wait <= .milliseconds(500), "waits \(next.wait)")
    }

    /// Others share the server's bucket: when it says fewer tokens remain than the client
    /// counted, the client believes the server and waits.
    @Test func aLowerRemainingFromTheServerWins() async {
        let pacer = RequestPacer(maxInFlight: 8, note: { _ in })
        await pacer.finish(
            await pacer.admit(),
            .answered(TransportResponse(status: 200, headers: Self.headers(limit: 10, remaining: 10, fill: 1))))
        await pacer.finish(
            await pacer.admit(),
            .answered(TransportResponse(status: 200, headers: Self.headers(limit: 10, remaining: 0, fill: 1))))
        let next = await pacer.admit()
        #expect(next.wait > .milliseconds(500), "waits \(next.wait)")
    }

    /// An overloaded server (503) halves the requests in flight, like a 429.
    @Test func a503CutsTheRequestsInFlight() async {
        let notes = Recorder<String>()
        let pacer = RequestPacer(maxInFlight: 4, note: { notes.append($0) })
        await pacer.finish(await pacer.admit(), .answered(TransportResponse(status: 503)))
        #expect(notes.all == ["pacing: at most 2 requests in flight after a 503 (was 4)"])
    }
}
