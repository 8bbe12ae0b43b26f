import ZephyrClient
import ZephyrSimulator

/// A freshly seeded simulator serving HTTP on loopback with injected latency.
struct BenchServer: Sendable {
    let simulator: ZephyrSimulator
    let running: RunningSimulatorServer

    var baseURL: String { running.baseURL }

    /// Seeds `scenario` and starts listening on a free port.
    ///
    /// Deletes finish at once: the benchmark never deletes, and nothing should wait on them.
    /// `adjust` changes the options further (a rate limit, faults).
    static func start(
        _ scenario: BenchScenario, latencyMilliseconds: Int, adjust: (inout SimulatorOptions) -> Void = { _ in }
    ) async throws -> BenchServer {
        var options = SimulatorOptions(deleteDelayMilliseconds: 0, latencyMilliseconds: latencyMilliseconds)
        adjust(&options)
        let simulator = ZephyrSimulator(state: scenario.serverState(), options: options)
        let running = try await SimulatorHTTPServer.start(simulator: simulator, host: "127.0.0.1", port: 0)
        return BenchServer(simulator: simulator, running: running)
    }

    /// Runs `body` and returns the requests the simulator saw meanwhile, by route.
    func counting<T>(_ body: () async throws -> T) async throws -> (T, [String: Int]) {
        await simulator.resetCounts()
        let result = try await body()
        return (result, await simulator.requestCounts())
    }

    func stop() async {
        await running.stop()
    }
}
