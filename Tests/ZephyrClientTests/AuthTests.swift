import Foundation
import TestSupport
import Testing
import ZephyrDomain

@testable import ZephyrClient

/// Basic, Bearer and the Enterprise session cookie.
@Suite struct AuthTests {
    @Test func basicHeader() async throws {
        let harness = Harness(FakeTransport(json: "[]"), credentials: .basic(user: "admin", password: "s3cret"))
        _ = try await harness.client.projects()
        #expect(harness.transport.requests[0].header("Authorization") == "Basic YWRtaW46czNjcmV0")
    }

    @Test func bearerHeader() async throws {
        let harness = Harness(FakeTransport(json: "[]"), credentials: .bearer(token: "pat-123"))
        _ = try await harness.client.projects()
        #expect(harness.transport.requests[0].header("Authorization") == "Bearer pat-123")
    }

    @Test func noCredentialsNoHeader() async throws {
        let harness = Harness(FakeTransport(json: "[]"), credentials: .none)
        _ = try await harness.client.projects()
        #expect(harness.transport.requests[0].header("Authorization") == nil)
    }

    @Test(arguments: [("jürgen", "pw"), ("admin", "pässword"), ("ad:min", "pw")])
    func basicRefusesWhatItCannotCarry(_ user: String, _ password: String) async {
        let harness = Harness(FakeTransport(json: "[]"), credentials: .basic(user: user, password: password))
        let error = await capture { _ = try await harness.client.projects() }
        guard case .invalidCredentials? = error else {
            Issue.record("expected invalidCredentials, got \(String(describing: error))")
            return
        }
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func cookieLogsInOnceThenSendsTheToken() async throws {
        let harness = Harness(
            FakeTransport { request, _ in
                request.path.hasSuffix("/manifest")
                    ? reply(
                        200, "{}", headers: ["Set-Cookie": "token=abc-123; Max-Age=5400; Path=/flex; Secure; HttpOnly"])
                    : reply(200, "[]")
            }, credentials: .cookie(user: "admin", password: "s3cret"), flavor: .enterprise)
        _ = try await harness.client.projects()
        _ = try await harness.client.projects()
        let requests = harness.transport.requests
        #expect(
            requests.map(\.path) == [
                "/flex/services/rest/latest/manifest", "/rest/api/2/project", "/rest/api/2/project",
            ])
        #expect(requests[0].header("Authorization") == "Basic YWRtaW46czNjcmV0")
        #expect(requests[1].header("Cookie") == "token=abc-123")
        #expect(requests[1].header("Authorization") == nil)
    }

    @Test func expiredCookieIsRenewedOnceSharedByConcurrentRequests() async throws {
        let logins = Locked(0)
        let transport = FakeTransport { request, _ in
            if request.path.hasSuffix("/manifest") {
                let number = logins.withLock { count in
                    count += 1
                    return count
                }
                try await Task.sleep(for: .milliseconds(20))  // let the other requests pile up
                return reply(200, headers: ["Set-Cookie": "JSESSIONID=x; Path=/, token=t\(number); Max-Age=5400"])
            }
            return request.header("Cookie") == "token=t2" ? reply(200, "[]") : reply(401)
        }
        let harness = Harness(transport, credentials: .cookie(user: "admin", password: "s3cret"), flavor: .enterprise)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<10 {
                group.addTask { _ = try await harness.client.projects() }
            }
            try await group.waitForAll()
        }
        #expect(logins.withLock { $0 } == 2)  // the first login, and one renewal for all ten
    }

    @Test func aSecond401AfterRenewalIsUnauthorized() async {
        let harness = Harness(
            FakeTransport { request, _ in
                request.path.hasSuffix("/manifest") ? reply(200, headers: ["Set-Cookie": "token=t"]) : reply(401)
            }, credentials: .cookie(user: "admin", password: "s3cret"), flavor: .enterprise)
        let error = await capture { _ = try await harness.client.projects() }
        #expect(error == .unauthorized(server: "https://jira.example.com"))
        #expect(
            harness.transport.requests.map(\.path) == [
                "/flex/services/rest/latest/manifest", "/rest/api/2/project", "/flex/services/rest/latest/manifest",
                "/rest/api/2/project",
            ])
    }

    @Test func failedLoginIsUnauthorized() async {
        let harness = Harness(
            FakeTransport(status: 401), credentials: .cookie(user: "admin", password: "bad"), flavor: .enterprise)
        #expect(
            await capture { _ = try await harness.client.projects() }
                == .unauthorized(server: "https://jira.example.com"))
        #expect(harness.transport.requests.count == 1)
    }

    @Test func loginWithoutTokenCookie() async {
        let harness = Harness(
            FakeTransport(status: 200), credentials: .cookie(user: "admin", password: "pw"), flavor: .enterprise)
        #expect(
            await capture { _ = try await harness.client.projects() }
                == .invalidResponse(operation: "log in", message: #"the server set no "token" cookie"#))
    }

    @Test func checkCredentialsReadsPerFlavor() async throws {
        let squad = Harness(FakeTransport(json: "[]"))
        try await squad.client.checkCredentials()
        #expect(squad.transport.requests.map(\.path) == ["/rest/api/2/project"])
        let enterprise = Harness(FakeTransport(json: "{}"), credentials: .bearer(token: "t"), flavor: .enterprise)
        try await enterprise.client.checkCredentials()
        #expect(enterprise.transport.requests.map(\.path) == ["/flex/services/rest/latest/user/current"])
        let rejected = Harness(FakeTransport(status: 401))
        #expect(
            await capture { try await rejected.client.checkCredentials() }
                == .unauthorized(server: "https://jira.example.com"))
    }
}
