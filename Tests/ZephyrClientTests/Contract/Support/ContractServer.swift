import Foundation
import TestSupport
import ZephyrDomain
import ZephyrSimulator
import ZephyrTransport

@testable import ZephyrClient

/// One simulator served over real HTTP on 127.0.0.1 (port 0), plus real clients pointed at it.
///
/// Every contract test starts its own with `ContractServer.run`, so tests share no state and
/// run in parallel. Everything stays async: blocking a thread while the server lives in this
/// process can starve the two-thread cooperative pool and deadlock.
final class ContractServer: Sendable {
    static let admin = Credentials.basic(user: "admin", password: "admin")
    static let viewer = Credentials.basic(user: "viewer", password: "viewer")

    let simulator: ZephyrSimulator
    let server: RunningSimulatorServer
    let clock: ManualClock
    /// Every retry delay the clients asked for, in order (the sleeps themselves are skipped).
    let sleeps = Locked<[Duration]>([])
    /// Every `--verbose` line the clients traced.
    let trace = Locked<[String]>([])
    private let clients = Locked<[ZephyrClient]>([])

    private init(simulator: ZephyrSimulator, server: RunningSimulatorServer, clock: ManualClock) {
        self.simulator = simulator
        self.server = server
        self.clock = clock
    }

    /// Starts a server, runs `body`, then shuts the clients and the server down even when it throws.
    static func run(
        state: SimulatorState = .seeded(), options: SimulatorOptions = SimulatorOptions(),
        _ body: (ContractServer) async throws -> Void
    ) async throws {
        let clock = ManualClock()
        let simulator = ZephyrSimulator(state: state, options: options, now: { clock.now })
        let server = try await SimulatorHTTPServer.start(simulator: simulator, host: "127.0.0.1", port: 0)
        let fixture = ContractServer(simulator: simulator, server: server, clock: clock)
        do {
            try await body(fixture)
        } catch {
            await fixture.stop()
            throw error
        }
        await fixture.stop()
    }

    /// A client over `AsyncHTTPTransport`; retries skip their sleep but record it in `sleeps`.
    ///
    /// - Parameters:
    ///   - path: appended to the server's base URL (a context path, or a wrong one).
    ///   - onRetry: runs at each retry sleep, e.g. to switch a fault off so the retry succeeds.
    func client(
        _ credentials: Credentials = ContractServer.admin, flavor: ServerFlavor = .squad, path: String = "",
        maxRetries: Int = 3, maxBackoff: Duration = .seconds(10), requestTimeout: Duration = .seconds(30),
        retryBudget: Duration = .seconds(300),
        verbose: Bool = false, onRetry: @escaping @Sendable () async -> Void = {}
    ) throws -> ZephyrClient {
        let base = server.baseURL + path
        let transport = try AsyncHTTPTransport(
            baseURL: base, connectTimeout: .seconds(10), requestTimeout: requestTimeout)
        let configuration = ClientConfiguration(
            serverDescription: base, flavor: flavor, credentials: credentials, parallelism: 4,
            maxRetries: maxRetries, initialBackoff: .milliseconds(100), maxBackoff: maxBackoff,
            retryBudget: retryBudget, requestTimeout: requestTimeout, verbose: verbose)
        let client = ZephyrClient(
            transport: transport, configuration: configuration,
            sleep: { [sleeps] delay in
                sleeps.withLock { $0.append(delay) }
                await onRetry()
            },
            trace: { [trace] line in trace.withLock { $0.append(line) } })
        clients.withLock { $0.append(client) }
        return client
    }

    /// Requests the simulator saw for one route, e.g. `count("POST", "/create")`.
    ///
    /// `route` is relative to the ZAPI custom field base unless it starts with `/rest` or `/flex`.
    func count(_ method: String, _ route: String) async -> Int {
        let full =
            route.hasPrefix("/rest") || route.hasPrefix("/flex") ? route : "/rest/zapi/latest/customfield" + route
        return await simulator.requestCounts()["\(method) \(full)", default: 0]
    }

    /// Total requests the simulator saw, whatever the route.
    func totalRequests() async -> Int {
        await simulator.requestCounts().values.reduce(0, +)
    }

    /// The stored field named `name`, as the server holds it now.
    func stored(_ name: String) async -> SimField? {
        await simulator.snapshot().fields.first { $0.name == name }
    }

    private func stop() async {
        // Clients first: their pooled keep-alive connections would hold the server's shutdown.
        for client in clients.withLock({ $0 }) { await client.shutdown() }
        await server.stop()
    }
}
