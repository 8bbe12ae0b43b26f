import Testing
import ZephyrDomain
import ZephyrSimulator
import ZephyrTransport

@testable import ZephyrClient

/// Every HTTP-level failure the simulator can produce, mapped by the client to its `ZephyrError`.
@Suite struct ErrorContractTests {
    static let build = NewField(name: "Build", description: nil, type: .text, entity: .execution, options: [])

    @Test func wrongPasswordAndNoCredentialsAreUnauthorized() async throws {
        try await ContractServer.run { server in
            for credentials in [Credentials.basic(user: "admin", password: "wrong"), .bearer(token: "nope")] {
                let error = await capture { _ = try await server.client(credentials).projects() }
                #expect(error == .unauthorized(server: server.server.baseURL))
            }
            // Nobody named at all: the message says so, instead of "rejected the credentials".
            let error = await capture { _ = try await server.client(.none).projects() }
            #expect(error == .noCredentials(server: server.server.baseURL))
        }
    }

    @Test func viewerIsForbiddenAndToldWhichRightItLacks() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(state: state) { server in
            let viewer = try server.client(ContractServer.viewer)
            // Lists need no admin rights.
            #expect(try await viewer.fields(entity: .execution).map(\.id) == [id])
            let read = await capture { _ = try await viewer.field(id: id) }
            #expect(read == .forbidden(operation: "read field \(id)", permission: "Jira administrator rights"))
            let create = await capture { _ = try await viewer.createField(Self.build) }
            #expect(
                create == .forbidden(operation: "create field EXECUTION/Build", permission: "Jira administrator rights")
            )
            let enable = await capture { try await viewer.setEnabled(true, fieldId: id, projectId: "10001") }
            #expect(
                enable
                    == .forbidden(
                        operation: "enable field \(id) in project 10001",
                        permission: "project administrator rights on project 10001"))
            #expect(await server.simulator.mutatingRequestCount() == 0)
        }
    }

    @Test func wrongBaseURLIsNotFound() async throws {
        try await ContractServer.run { server in
            let error = await capture { _ = try await server.client(path: "/nope").fields(entity: .execution) }
            #expect(error == .wrongBaseURL(url: server.server.baseURL + "/nope/rest/zapi/latest/customfield/entity"))
        }
    }

    /// No public call uses a verb the simulator refuses (the enable verb falls back by itself),
    /// so the 405 mapping is driven through the client's own request path.
    @Test func methodNotAllowed() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            let endpoint = Endpoint(
                "POST", APIPath.customField("metadata"), operation: "post metadata", repeating: .never)
            let error = await capture { _ = try await client.execute(endpoint) }
            #expect(error == .methodNotAllowed(operation: "post metadata"))
        }
    }

    /// A 429's `Retry-After` sets the delay of the retry of an idempotent read, which then succeeds.
    @Test func rateLimitedReadWaitsAsToldThenSucceeds() async throws {
        let options = SimulatorOptions(faultRate: 1, faultKinds: [.rateLimited], retryAfterSeconds: 2)
        try await ContractServer.run(options: options) { server in
            let simulator = server.simulator
            let client = try server.client { await simulator.setOptions(SimulatorOptions()) }
            #expect(try await client.projects().count == 3)
            #expect(server.sleeps.withLock { $0 } == [.seconds(2)])
            #expect(await server.count("GET", "/rest/api/2/project") == 2)
        }
    }

    @Test func serverErrorOnReadIsRetried() async throws {
        let options = SimulatorOptions(faultRate: 1, faultKinds: [.serverError])
        try await ContractServer.run(options: options) { server in
            let simulator = server.simulator
            let client = try server.client { await simulator.setOptions(SimulatorOptions()) }
            #expect(try await client.fields(entity: .execution).isEmpty)
            #expect(server.sleeps.withLock { $0 }.count == 1)
            #expect(await server.count("GET", "/entity") == 2)
        }
    }

    /// A connection dropped mid-response is ambiguous, and harmless to repeat for a read.
    @Test func droppedReadIsRetried() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(
            state: state, options: SimulatorOptions(faultRate: 1, faultKinds: [.dropAfterCommit])
        ) { server in
            let simulator = server.simulator
            let client = try server.client { await simulator.setOptions(SimulatorOptions()) }
            #expect(try await client.field(id: id)?.name == "Build")
            #expect(await server.count("GET", "/{id}") == 2)
        }
    }

    /// The dropped delete did its work; the repeat's "not found" therefore counts as success.
    @Test func droppedDeleteIsRepeatedAndItsNotFoundCountsAsDone() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        let options = SimulatorOptions(deleteDelayMilliseconds: 0, faultRate: 1, faultKinds: [.dropAfterCommit])
        try await ContractServer.run(state: state, options: options) { server in
            let simulator = server.simulator
            let client = try server.client { await simulator.setOptions(SimulatorOptions(deleteDelayMilliseconds: 0)) }
            try await client.deleteField(id: id)
            #expect(await server.count("DELETE", "/{id}") == 2)
            #expect(await simulator.snapshot().fields.isEmpty)
        }
    }

    /// Issue 13: a 503 is back-pressure: repeated for as long as the retry budget lasts (not
    /// just `maxRetries` times), then given up with the server's answer.
    @Test func readGivesUpWhenTheRetryBudgetIsSpent() async throws {
        try await ContractServer.run(options: SimulatorOptions(faultRate: 1, faultKinds: [.serverError])) { server in
            let error = await capture {
                _ = try await server.client(maxRetries: 2, retryBudget: .seconds(1)).metadata()
            }
            #expect(
                error
                    == .serverError(operation: "read field type metadata", status: 503, message: "Service Unavailable"))
            #expect(await server.count("GET", "/metadata") >= 4)
            #expect(server.sleeps.withLock { $0 }.reduce(.zero, +) <= .seconds(1))
        }
    }

    /// A create is sent exactly once: after a 503 (nothing happened) as after a dropped
    /// connection (it did happen), the caller must re-read before deciding.
    @Test(arguments: [FaultKind.serverError, .dropAfterCommit])
    func createIsNeverRetried(fault: FaultKind) async throws {
        try await ContractServer.run(options: SimulatorOptions(faultRate: 1, faultKinds: [fault])) { server in
            let error = try #require(await capture { _ = try await server.client().createField(Self.build) })
            switch fault {
            case .serverError:
                #expect(
                    error
                        == .serverError(
                            operation: "create field EXECUTION/Build", status: 503, message: "Service Unavailable"))
                #expect(await server.stored("Build") == nil)
            default:
                #expect(error == .connectionDropped(operation: "create field EXECUTION/Build"))
                #expect(await server.stored("Build") != nil)
            }
            #expect(error.isAmbiguous)
            #expect(await server.count("POST", "/create") == 1)
            #expect(server.sleeps.withLock { $0 }.isEmpty)
        }
    }

    @Test func slowServerTimesOut() async throws {
        let options = SimulatorOptions(faultRate: 1, faultKinds: [.slow], slowMilliseconds: 1_000)
        try await ContractServer.run(options: options) { server in
            let client = try server.client(maxRetries: 0, requestTimeout: .milliseconds(200))
            let error = await capture { _ = try await client.metadata() }
            // 200 ms, named in whole seconds.
            #expect(error == .timeout(operation: "read field type metadata", server: server.server.baseURL, seconds: 1))
        }
    }

    @Test func closedPortIsConnectionRefused() async throws {
        var closedPort = 0
        try await ContractServer.run { server in closedPort = server.server.port }
        // The server above stopped, so its port is closed (and not reused this soon).
        let base = "http://127.0.0.1:\(closedPort)"
        let transport = try AsyncHTTPTransport(baseURL: base, connectTimeout: .seconds(2))
        let client = ZephyrClient(
            transport: transport,
            configuration: ClientConfiguration(
                serverDescription: base, credentials: ContractServer.admin, maxRetries: 0))
        let error = await capture { _ = try await client.projects() }
        await client.shutdown()
        #expect(error == .connectionRefused(server: base))
    }
}

/// Jira's `mypermissions`, as the permission check before an apply reads it.
@Suite struct PermissionContractTests {
    @Test func administratorHasEveryRightAndViewerNone() async throws {
        try await ContractServer.run { server in
            let admin = try server.client(.basic(user: "admin", password: "admin"))
            let viewer = try server.client(ContractServer.viewer)
            #expect(try await admin.hasPermission(.administer, projectKey: nil) == true)
            #expect(try await admin.hasPermission(.administerProjects, projectKey: "WEB") == true)
            #expect(try await viewer.hasPermission(.administer, projectKey: nil) == false)
            #expect(try await viewer.hasPermission(.administerProjects, projectKey: "WEB") == false)
        }
    }
}
