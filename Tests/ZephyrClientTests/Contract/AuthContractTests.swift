import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import ZephyrClient

/// Basic, Bearer and the Enterprise session cookie, end to end, and secrets kept out of traces.
@Suite struct AuthContractTests {
    @Test(arguments: [
        Credentials.basic(user: "admin", password: "admin"), .bearer(token: "admin-token"),
    ])
    func basicAndBearerCanChangeFields(credentials: Credentials) async throws {
        try await ContractServer.run { server in
            let client = try server.client(credentials)
            try await client.checkCredentials()
            let created = try await client.createField(
                NewField(name: "Build", description: nil, type: .text, entity: .execution, options: []))
            #expect(try await client.field(id: created.id)?.name == "Build")
        }
    }

    /// One login at `GET /manifest`; after the session expires, one transparent re-login.
    @Test func enterpriseCookieSessionLogsInOnceAndRenewsAfterExpiry() async throws {
        let options = SimulatorOptions(flavor: .enterprise, sessionLifetimeSeconds: 1)
        try await ContractServer.run(options: options) { server in
            let client = try server.client(.cookie(user: "admin", password: "admin"), flavor: .enterprise)
            try await client.checkCredentials()
            try await client.checkCredentials()
            #expect(await server.count("GET", "/flex/services/rest/latest/manifest") == 1)
            #expect(await server.count("GET", "/flex/services/rest/latest/user/current") == 2)

            server.clock.advance(by: 2)
            try await client.checkCredentials()
            #expect(await server.count("GET", "/flex/services/rest/latest/manifest") == 2)
            // The expired attempt got 401, the repeat after the login succeeded.
            #expect(await server.count("GET", "/flex/services/rest/latest/user/current") == 4)
        }
    }

    /// Parallel requests that all find the session expired share one re-login.
    @Test func parallelRequestsShareOneRelogin() async throws {
        let options = SimulatorOptions(flavor: .enterprise, sessionLifetimeSeconds: 1)
        try await ContractServer.run(options: options) { server in
            let client = try server.client(.cookie(user: "admin", password: "admin"), flavor: .enterprise)
            try await client.checkCredentials()
            server.clock.advance(by: 2)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 { group.addTask { try await client.checkCredentials() } }
                try await group.waitForAll()
            }
            #expect(await server.count("GET", "/flex/services/rest/latest/manifest") == 2)
        }
    }

    @Test func enterpriseLoginWithWrongPasswordIsUnauthorized() async throws {
        try await ContractServer.run(options: SimulatorOptions(flavor: .enterprise)) { server in
            let client = try server.client(.cookie(user: "admin", password: "wrong"), flavor: .enterprise)
            let error = await capture { try await client.checkCredentials() }
            #expect(error == .unauthorized(server: server.server.baseURL))
            #expect(await server.count("GET", "/flex/services/rest/latest/user/current") == 0)
        }
    }

    /// Basic carries ASCII only; the client refuses before anything reaches the server.
    @Test(arguments: [
        Credentials.basic(user: "jürgen", password: "admin"), .basic(user: "admin", password: "pässword"),
        .cookie(user: "admin", password: "pässword"),
    ])
    func nonASCIIBasicCredentialsAreRefusedBeforeSending(credentials: Credentials) async throws {
        try await ContractServer.run(options: SimulatorOptions(flavor: .enterprise)) { server in
            let error = await capture { try await server.client(credentials, flavor: .enterprise).checkCredentials() }
            guard case .invalidCredentials? = error else {
                Issue.record("expected invalidCredentials, got \(String(describing: error))")
                return
            }
            #expect(await server.totalRequests() == 0)
        }
    }

    /// `--verbose` traces every request and response, but never a password, token or cookie.
    @Test func verboseTraceHoldsNoSecrets() async throws {
        try await ContractServer.run(options: SimulatorOptions(flavor: .enterprise)) { server in
            try await server.client(.basic(user: "admin", password: "admin"), flavor: .enterprise, verbose: true)
                .checkCredentials()
            try await server.client(.bearer(token: "admin-token"), flavor: .enterprise, verbose: true)
                .checkCredentials()
            try await server.client(.cookie(user: "admin", password: "admin"), flavor: .enterprise, verbose: true)
                .checkCredentials()
            let trace = server.trace.withLock { $0 }.joined(separator: "\n")
            #expect(trace.contains("> GET /flex/services/rest/latest/manifest"))
            #expect(trace.contains("< 200 GET /flex/services/rest/latest/user/current"))
            #expect(trace.contains("<redacted>"))
            let basic = "YWRtaW46YWRtaW4="  // base64 of admin:admin
            for secret in [basic, "admin-token", "token="] {
                #expect(!trace.contains(secret), "the trace shows \(secret)")
            }
        }
    }
}
