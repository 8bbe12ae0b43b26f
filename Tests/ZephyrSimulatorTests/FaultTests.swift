import Foundation
import Testing
import ZephyrClient
import ZephyrDomain
import ZephyrTransport

@testable import ZephyrSimulator

@Suite struct FaultTests {
    static func faulty(_ kinds: [FaultKind], rate: Double = 1, seed: UInt64 = 7) -> SimulatorOptions {
        SimulatorOptions(faultRate: rate, faultKinds: kinds, retryAfterSeconds: 0, slowMilliseconds: 20, seed: seed)
    }

    /// The status (or -1 for a drop) of `count` list requests.
    static func statuses(seed: UInt64, count: Int = 40) async -> [Int] {
        let client = TestClient(simulator: ZephyrSimulator(options: faulty(FaultKind.allCases, rate: 0.5, seed: seed)))
        var seen: [Int] = []
        for _ in 0..<count { seen.append(await client.call("GET", "entity?entityType=EXECUTION").status) }
        return seen
    }

    @Test func faultsRepeatForTheSameSeed() async {
        let first = await Self.statuses(seed: 42)
        #expect(await Self.statuses(seed: 42) == first)
        #expect(await Self.statuses(seed: 43) != first)
        #expect(Set(first).isSuperset(of: [200, 503, 429, -1]))
    }

    @Test func serverErrorDoesNotApply() async {
        let client = TestClient(simulator: ZephyrSimulator(options: Self.faulty([.serverError])))
        let reply = await client.call(
            "POST", "create", json: #"{"name":"A","fieldType":"TEXT","entityType":"EXECUTION"}"#)
        #expect(reply.status == 503)
        #expect(reply.error == "Service Unavailable")
        #expect(await client.simulator.snapshot().fields.isEmpty)
        #expect(await client.simulator.mutatingRequestCount() == 0)
    }

    @Test func rateLimitSaysWhenToRetry() async {
        let client = TestClient(simulator: ZephyrSimulator(options: Self.faulty([.rateLimited])))
        let reply = await client.call(
            "POST", "create", json: #"{"name":"A","fieldType":"TEXT","entityType":"EXECUTION"}"#)
        #expect(reply.status == 429)
        #expect(reply.header("Retry-After") == "0")
        #expect(await client.simulator.snapshot().fields.isEmpty)
    }

    @Test func dropAfterCommitAppliesThenThrowsThroughTheTransport() async throws {
        let simulator = ZephyrSimulator(options: Self.faulty([.dropAfterCommit]))
        let transport = SimulatorTransport(simulator: simulator)
        let request = TransportRequest(
            method: "POST", path: "/rest/zapi/latest/customfield/create",
            headers: [("Authorization", TestClient.adminBasic)],
            body: Data(#"{"name":"A","fieldType":"TEXT","entityType":"EXECUTION"}"#.utf8)
        )
        await #expect(throws: TransportError.connectionClosed) { try await transport.send(request) }
        #expect(await simulator.snapshot().fields.map(\.name) == ["A"])
    }

    @Test func slowAndLatencyDelayTheAnswer() async {
        var options = Self.faulty([.slow])
        options.latencyMilliseconds = 10
        let client = TestClient(simulator: ZephyrSimulator(options: options))
        let started = ContinuousClock.now
        #expect(await client.call("GET", "entity?entityType=EXECUTION").status == 200)
        #expect(ContinuousClock.now - started >= .milliseconds(30))
    }

    @Test func faultsCanBeSwitchedOff() async {
        let simulator = ZephyrSimulator(options: Self.faulty([.serverError]))
        await simulator.setOptions(.init())
        #expect(await TestClient(simulator: simulator).call("GET", "entity?entityType=EXECUTION").status == 200)
    }

    @Test func requestsAreCountedByRouteTemplate() async {
        let client = TestClient(simulator: ZephyrSimulator())
        await client.create("A")
        _ = await client.call("PUT", "1", json: #"{"name":"B"}"#)
        _ = await client.call("PUT", "1", json: #"{"name":"C"}"#)
        _ = await client.call("GET", "entity?entityType=EXECUTION")
        let counts = await client.simulator.requestCounts()
        #expect(counts["POST /rest/zapi/latest/customfield/create"] == 1)
        #expect(counts["PUT /rest/zapi/latest/customfield/{id}"] == 2)
        #expect(counts["GET /rest/zapi/latest/customfield/entity"] == 1)
        #expect(await client.simulator.mutatingRequestCount() == 3)
        await client.simulator.resetCounts()
        #expect(await client.simulator.requestCounts().isEmpty)
        #expect(await client.simulator.mutatingRequestCount() == 0)
    }
}
