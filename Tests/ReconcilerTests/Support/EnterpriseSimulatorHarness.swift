import FieldSpec
import Foundation
import ZephyrBackends
import ZephyrClient
import ZephyrDomain
import ZephyrSimulator
import ZephyrTransport

@testable import Reconciler

/// The Zephyr Enterprise simulator on a loopback port behind a real `ZephyrClient`,
/// `EnterpriseClient` and `EnterpriseBackend`, wired as `BackendConnection` wires them.
struct EnterpriseSimulatorHarness {
    let simulator: ZephyrSimulator
    let backend: EnterpriseBackend
    private let server: RunningSimulatorServer
    private let transport: AsyncHTTPTransport

    static func start(
        state: SimulatorState = .seeded(), options: SimulatorOptions = SimulatorOptions(flavor: .enterprise)
    ) async throws -> EnterpriseSimulatorHarness {
        let simulator = ZephyrSimulator(state: state, options: options)
        let server = try await SimulatorHTTPServer.start(simulator: simulator, host: "127.0.0.1", port: 0)
        let transport = try AsyncHTTPTransport(baseURL: server.baseURL, requestTimeout: .seconds(10), maxConnections: 8)
        let client = ZephyrClient(
            transport: transport,
            configuration: ClientConfiguration(
                serverDescription: server.baseURL, flavor: .enterprise, credentials: .bearer(token: "admin-token"),
                parallelism: 8, maxRetries: 4, initialBackoff: .milliseconds(1), maxBackoff: .milliseconds(5)))
        let backend = EnterpriseBackend(
            api: EnterpriseClient(client: client), parallelism: 8, retry: client.retryPolicy)
        return EnterpriseSimulatorHarness(simulator: simulator, backend: backend, server: server, transport: transport)
    }

    func stop() async {
        await transport.shutdown()
        await server.stop()
    }

    func reconciliation(_ options: PlanOptions = PlanOptions()) -> Reconciliation {
        Reconciliation(backend: backend, options: options, parallelism: 8)
    }

    func plan(_ spec: Spec, options: PlanOptions = PlanOptions()) async throws -> PlanningResult {
        try await reconciliation(options).plan(spec)
    }

    /// Plans and applies once.
    @discardableResult
    func apply(_ spec: Spec, options: PlanOptions = PlanOptions()) async throws -> ApplyResult {
        let result = try await plan(spec, options: options)
        return await Applier(backend: backend, parallelism: 8)
            .apply(result.plan, remote: result.remote, limits: spec.settings.fieldLimits)
    }

    /// The ZE fields the simulator holds now.
    func fields() async -> [EnterpriseSimField] {
        await simulator.snapshot().enterpriseState.fields
    }

    /// A field's options as stored: (id, value) pairs in list order.
    func options(of field: EnterpriseSimField) async -> [(id: String, value: String)] {
        let state = await simulator.snapshot().enterpriseState
        guard let text = state.preferences["\(field.entityName).\(field.fieldName).LOV"],
            let items = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        else { return [] }
        return items.map { (id: "\($0["id"] ?? "")", value: "\($0["value"] ?? "")") }
    }

    /// Requests that changed (or tried to change) something, by route key.
    func writes() async -> [String: Int] {
        await simulator.requestCounts().filter {
            $0.key.hasPrefix("POST") || $0.key.hasPrefix("PUT") || $0.key.hasPrefix("DELETE")
        }
    }
}
