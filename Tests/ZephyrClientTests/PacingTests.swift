import Foundation
import Testing
import ZephyrDomain
import ZephyrSimulator
import ZephyrTransport

@testable import ZephyrClient

/// Issue 13: the client paces itself to the server's announced rate, and without announcements
/// cuts the requests in flight when the server pushes back.
@Suite struct PacingTests {
    /// A simulator with a real clock (its bucket refills in real time) over loopback HTTP, and a
    /// client that really sleeps; `body` gets both and the trace.
    private func withRateLimitedServer(
        _ profile: RateLimitProfile, _ body: (ZephyrSimulator, ZephyrClient, Recorder<String>) async throws -> Void
    ) async throws {
        let simulator = ZephyrSimulator(state: .seeded(projectCount: 2), options: SimulatorOptions(rateLimit: profile))
        let server = try await SimulatorHTTPServer.start(simulator: simulator, host: "127.0.0.1", port: 0)
        let transport = try AsyncHTTPTransport(
            baseURL: server.baseURL, connectTimeout: .seconds(2), requestTimeout: .seconds(10))
        let trace = Recorder<String>()
        let client = ZephyrClient(
            transport: transport,
            configuration: ClientConfiguration(
                serverDescription: server.baseURL, credentials: .basic(user: "admin", password: "admin"),
                parallelism: 8,
                verbose: true),
            sleep: { try? await Task.sleep(for: $0) }, trace: { trace.append($0) })
        do {
            try await body(simulator, client, trace)
        } catch {
            await transport.shutdown()
            await server.stop()
            throw error
        }
        await transport.shutdown()
        await server.stop()
    }

    private func readConcurrently(_ client: ZephyrClient, count: Int) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<count { group.addTask { _ = try await client.fields(entity: .execution) } }
            try await group.waitForAll()
        }
    }

    /// 70 reads at 40/s with a burst of 10: without pacing most of them find an empty bucket and
    /// get 429 (then wait a whole second each); paced, the burst goes at once and the rest at the
    /// fill rate, with few or no 429s.
    @Test(.timeLimit(.minutes(1)))
    func readsFollowTheAnnouncedBucket() async throws {
        try await withRateLimitedServer(RateLimitProfile(perSecond: 40, burst: 10)) { simulator, client, trace in
            let clock = ContinuousClock()
            let start = clock.now
            try await readConcurrently(client, count: 70)
            let elapsed = clock.now - start
            let refused = await simulator.rateLimitedCount()
            // Unpaced, most of the 60 past the burst are refused; paced, a request the client sends
            // the moment its copy of the bucket refills can still arrive a hair early (5 of 70
            // on a loaded machine), so the bound is 10%, far from "most".
            #expect(refused <= 7, "\(refused) of 70 requests were answered 429")
            // 60 requests past the burst at 40/s take 1.5 s: the client did wait for tokens.
            #expect(elapsed >= .milliseconds(1200), "took \(elapsed)")
            #expect(trace.all.contains("pacing: the server allows 40 requests/s in bursts of 10; sending at that pace"))
        }
    }

    /// A bare 429 (no headers, no Retry-After): the client still gets every answer, cutting the
    /// requests in flight as it goes, and says so in --verbose. The rate is low so that even a
    /// busy machine sends faster than the server allows.
    @Test(.timeLimit(.minutes(1)))
    func withoutHeadersConcurrencyIsCutAndEverythingSucceeds() async throws {
        try await withRateLimitedServer(RateLimitProfile(perSecond: 5, burst: 2, headers: false)) {
            simulator, client, trace in
            try await readConcurrently(client, count: 16)
            #expect(await simulator.rateLimitedCount() > 0)
            #expect(trace.all.contains { $0.hasPrefix("pacing: at most 4 requests in flight after a 429 (was 8)") })
        }
    }
}

/// The AIMD window on its own: one cut per congestion event, gradual growth, never above the limit.
@Suite struct AdaptiveConcurrencyTests {
    @Test func oneCutPerCongestionAndGrowthBackToTheLimit() async {
        let notes = Recorder<String>()
        let pacer = RequestPacer(maxInFlight: 4, note: { notes.append($0) })
        var tickets: [RequestPacer.Ticket] = []
        for _ in 0..<4 { tickets.append(await pacer.admit()) }
        // All four were in flight when the server pushed back: that is one event, one cut.
        for ticket in tickets { await pacer.finish(ticket, .answered(TransportResponse(status: 429))) }
        #expect(notes.all == ["pacing: at most 2 requests in flight after a 429 (was 4)"])
        // A timeout of a request sent after the cut is new congestion.
        await pacer.finish(await pacer.admit(), .timedOut)
        #expect(notes.all.last == "pacing: at most 1 requests in flight after a timeout (was 2)")
        // Successes grow the window back one request at a time, and never past the limit.
        for _ in 0..<40 { await pacer.finish(await pacer.admit(), .answered(TransportResponse(status: 200))) }
        #expect(
            notes.all.suffix(3) == [
                "pacing: at most 2 requests in flight", "pacing: at most 3 requests in flight",
                "pacing: at most 4 requests in flight",
            ])
    }

    /// Bare 429s at one request in flight: requests are spaced out instead (AIMD on the gap
    /// between starts), and successes close the gap before the window grows again.
    @Test func atOneInFlightCongestionSpacesRequestsOutUntilSuccessesCloseTheGap() async {
        let notes = Recorder<String>()
        let pacer = RequestPacer(maxInFlight: 2, note: { notes.append($0) })
        let refused = TransportResponse(status: 429)
        for _ in 0..<5 { await pacer.finish(await pacer.admit(), .answered(refused)) }
        // A 429 with Retry-After leaves the gap alone: the retry policy waits as told.
        let told = TransportResponse(status: 429, headers: ["Retry-After": "1"])
        await pacer.finish(await pacer.admit(), .answered(told))
        #expect(
            notes.all == [
                "pacing: at most 1 requests in flight after a 429 (was 2)",
                "pacing: one request every 10 ms after a 429", "pacing: one request every 20 ms after a 429",
                "pacing: one request every 40 ms after a 429", "pacing: one request every 80 ms after a 429",
            ])
        // The next two starts are at least 80 ms apart.
        await pacer.finish(await pacer.admit(), .failed)
        let second = await pacer.admit()
        #expect(second.wait > .milliseconds(40))
        await pacer.finish(second, .failed)
        // Each success shrinks the gap by 5%: from 80 ms below 10 ms in 41 successes; only then
        // does the window grow.
        for _ in 0..<41 { await pacer.finish(await pacer.admit(), .answered(TransportResponse(status: 200))) }
        #expect(notes.all.last == "pacing: no gap between requests")
        for _ in 0..<2 { await pacer.finish(await pacer.admit(), .answered(TransportResponse(status: 200))) }
        #expect(notes.all.last == "pacing: at most 2 requests in flight")
        #expect(await pacer.admit().wait == .zero)
    }

    @Test func theBucketMakesRequestsWaitOnceTheBurstIsSpent() async {
        let pacer = RequestPacer(maxInFlight: 8, note: { _ in })
        let headers = [
            "X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "0", "X-RateLimit-Interval-Seconds": "1",
            "X-RateLimit-FillRate": "10",
        ]
        await pacer.finish(await pacer.admit(), .answered(TransportResponse(status: 200, headers: headers)))
        // No token left: the next request waits about 1/10 s, the one after about 2/10 s.
        let first = await pacer.admit()
        let second = await pacer.admit()
        #expect(first.wait > .milliseconds(50) && first.wait <= .milliseconds(100))
        #expect(second.wait > .milliseconds(150) && second.wait <= .milliseconds(200))
    }

    @Test(arguments: ["inf", "nan", "-1", "0", "1e400"])
    func hostileRateLimitHeadersAreIgnored(fill: String) {
        let headers = [
            "x-ratelimit-limit": "40", "x-ratelimit-remaining": "3", "x-ratelimit-interval-seconds": "1",
            "x-ratelimit-fillrate": fill,
        ]
        #expect(RateLimitHeaders(headers) == nil)
    }
}
