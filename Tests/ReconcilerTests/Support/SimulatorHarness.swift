import FieldSpec
import Foundation
import ZephyrBackends
import ZephyrClient
import ZephyrDomain
import ZephyrSimulator
import ZephyrTransport

@testable import Reconciler

/// The simulator behind a real `ZephyrClient` — over HTTP on loopback by default, or in-process —
/// with the plan/apply pipeline wired up the way the commands wire it.
struct SimulatorHarness {
    let simulator: ZephyrSimulator
    let client: ZephyrClient
    private let server: RunningSimulatorServer?
    private let transport: any HTTPTransport

    /// Starts the simulator; `http: true` serves it on a loopback port and talks AsyncHTTPClient to it.
    static func start(
        state: SimulatorState = .seeded(), options: SimulatorOptions = SimulatorOptions(deleteDelayMilliseconds: 20),
        http: Bool = true
    ) async throws -> SimulatorHarness {
        let simulator = ZephyrSimulator(state: state, options: options)
        guard http else {
            return SimulatorHarness(
                simulator: simulator, server: nil, transport: SimulatorTransport(simulator: simulator))
        }
        let server = try await SimulatorHTTPServer.start(simulator: simulator, host: "127.0.0.1", port: 0)
        let transport = try AsyncHTTPTransport(baseURL: server.baseURL, requestTimeout: .seconds(10), maxConnections: 8)
        return SimulatorHarness(simulator: simulator, server: server, transport: transport)
    }

    private init(simulator: ZephyrSimulator, server: RunningSimulatorServer?, transport: any HTTPTransport) {
        self.simulator = simulator
        self.server = server
        self.transport = transport
        client = ZephyrClient(
            transport: transport,
            configuration: ClientConfiguration(
                serverDescription: server?.baseURL ?? "simulator",
                credentials: .basic(user: "admin", password: "admin"),
                parallelism: 8, maxRetries: 4, initialBackoff: .milliseconds(1), maxBackoff: .milliseconds(5)
            )
        )
    }

    func stop() async {
        await transport.shutdown()
        await server?.stop()
    }

    /// Short waits, and the client's own retry policy (as `BackendConnection` wires it).
    var fastTiming: ApplyTiming {
        ApplyTiming(retry: client.retryPolicy, deleteVisibilityTimeout: .seconds(10), pollInterval: .milliseconds(5))
    }

    /// The Squad backend over this harness's client, with short waits.
    var backend: SquadBackend { SquadBackend(api: client, parallelism: 8, timing: fastTiming) }

    func reconciliation(_ options: PlanOptions = PlanOptions(allowReplace: true, allowDelete: true, force: true))
        -> Reconciliation
    {
        Reconciliation(backend: backend, options: options, parallelism: 8)
    }

    func plan(_ spec: Spec, options: PlanOptions = PlanOptions(allowReplace: true, allowDelete: true, force: true))
        async throws -> PlanningResult
    {
        try await reconciliation(options).plan(spec)
    }

    /// Plans and applies once; returns the apply result.
    @discardableResult
    func apply(_ spec: Spec, options: PlanOptions = PlanOptions(allowReplace: true, allowDelete: true, force: true))
        async throws -> ApplyResult
    {
        let result = try await plan(spec, options: options)
        return await Applier(backend: backend, parallelism: 8)
            .apply(result.plan, remote: result.remote, limits: spec.settings.fieldLimits)
    }

    /// Fields as the server shows them now, by key.
    func fields() async -> [FieldKey: SimField] {
        var result: [FieldKey: SimField] = [:]
        for field in await simulator.snapshot().fields {
            guard let entity = EntityType(rawValue: field.entityType) else { continue }
            result[FieldKey(entity: entity, name: field.name)] = field
        }
        return result
    }

    /// Problems that keep the server from matching `spec`; empty when it matches.
    func mismatches(with spec: Spec) async -> [String] {
        let state = await simulator.snapshot()
        var problems: [String] = []
        var seen: [FieldKey: Int] = [:]
        for field in state.fields {
            guard let entity = EntityType(rawValue: field.entityType) else { continue }
            seen[FieldKey(entity: entity, name: field.name), default: 0] += 1
            let texts = field.options.map(\.text)
            if Set(texts).count != texts.count { problems.append("\(field.name): duplicate options \(texts)") }
        }
        problems += seen.filter { $0.value > 1 }.map { "duplicate field \($0.key)" }
        for definition in spec.definitions {
            guard
                let field = state.fields.first(where: {
                    $0.entityType == definition.entity.rawValue && FieldKey.fold($0.name) == definition.key.foldedName
                })
            else {
                problems.append("missing \(definition.key)")
                continue
            }
            if field.name != definition.name { problems.append("\(definition.key): name is \(field.name)") }
            if field.fieldType != definition.type.rawValue {
                problems.append("\(definition.key): type is \(field.fieldType)")
            }
            if Set(field.options.map(\.text)) != Set(definition.options.map(\.text)) {
                problems.append("\(definition.key): options are \(field.options.map(\.text))")
            }
            if let description = definition.description, (field.description ?? "") != description {
                problems.append("\(definition.key): description is \(field.description ?? "null")")
            }
            for project in state.projects {
                let wanted = spec.projects.first { $0.reference.uppercased() == project.key }?.fields.contains(
                    definition.key)
                guard let wanted else { continue }
                if field.enabledProjectIds.contains(project.id) != wanted {
                    problems.append("\(definition.key): enabled in \(project.key) is \(!wanted)")
                }
            }
        }
        return problems
    }
}
