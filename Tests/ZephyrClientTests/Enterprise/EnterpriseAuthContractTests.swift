import Foundation
import Testing
import ZephyrSimulator

@testable import ZephyrClient

/// Bearer (preferred), Basic and the session cookie against the HTTP simulator.
@Suite struct EnterpriseAuthContractTests {
    @Test(arguments: [
        Credentials.bearer(token: "admin-token"), .basic(user: "admin", password: "admin"),
        .cookie(user: "admin", password: "admin"),
    ])
    func everyCredentialReadsAndWrites(credentials: Credentials) async throws {
        try await ContractServer.enterprise { server in
            let client = try server.enterpriseClient(credentials)
            #expect(try await client.currentUser().username == "admin")
            let field = try await client.createField(
                NewEnterpriseField(
                    entity: .requirement, displayName: "Risk", fieldTypeMetadata: 1, allProject: true))
            #expect(try await client.fields(entity: .requirement).map(\.id) == [field.id])
        }
    }

    @Test(arguments: [
        Credentials.bearer(token: "nope"), .basic(user: "admin", password: "wrong"),
        .cookie(user: "admin", password: "wrong"), .none,
    ])
    func badCredentialsAreUnauthorized(credentials: Credentials) async throws {
        try await ContractServer.enterprise { server in
            let error = await capture { _ = try await server.enterpriseClient(credentials).projects() }
            #expect(error == .unauthorized(server: server.server.baseURL))
        }
    }

    /// One login for many calls; after expiry, one transparent re-login.
    @Test func cookieSessionLogsInOnceAndRenews() async throws {
        try await ContractServer.enterprise(sessionLifetimeSeconds: 1) { server in
            let client = try server.enterpriseClient(.cookie(user: "admin", password: "admin"))
            _ = try await client.projects()
            _ = try await client.fields(entity: .testcase)
            #expect(await server.zeCount("GET", "latest/manifest") == 1)
            server.clock.advance(by: 2)
            _ = try await client.fieldTypes()
            #expect(await server.zeCount("GET", "latest/manifest") == 2)
            #expect(await server.zeCount("GET", "latest/field/fieldtype") == 2)
        }
    }

    @Test func verboseTracesHoldNoSecrets() async throws {
        try await ContractServer.enterprise { server in
            for credentials in [
                Credentials.bearer(token: "admin-token"), .basic(user: "admin", password: "admin"),
                .cookie(user: "admin", password: "admin"),
            ] {
                _ = try await server.enterpriseClient(credentials, verbose: true).projects()
            }
            let trace = server.trace.withLock { $0 }.joined(separator: "\n")
            #expect(trace.contains("> GET /flex/services/rest/v3/project/"))
            for secret in ["admin-token", "YWRtaW46YWRtaW4=", "token="] {
                #expect(!trace.contains(secret), "the trace shows \(secret)")
            }
        }
    }
}
