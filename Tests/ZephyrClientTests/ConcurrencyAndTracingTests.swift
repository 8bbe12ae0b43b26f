import Foundation
import TestSupport
import Testing
import ZephyrDomain

@testable import ZephyrClient

@Suite struct ConcurrencyAndTracingTests {
    @Test func neverMoreThanParallelismInFlight() async throws {
        let transport = FakeTransport { _, _ in
            try await Task.sleep(for: .milliseconds(5))
            return reply(200, "[]")
        }
        let harness = Harness(transport, parallelism: 3)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<30 {
                // Copies of the struct share the limit.
                let client = harness.client
                group.addTask { _ = try await client.enabledFields(entity: .execution, projectId: "\(index)") }
            }
            try await group.waitForAll()
        }
        #expect(transport.requests.count == 30)
        #expect(transport.maxInFlight == 3)
    }

    @Test func semaphoreServesWaitersInOrder() async {
        let semaphore = AsyncSemaphore(limit: 1)
        let order = Locked<[Int]>([])
        await semaphore.acquire()
        var tasks: [Task<Void, Never>] = []
        for index in 0..<5 {
            tasks.append(
                Task {
                    await semaphore.acquire()
                    order.withLock { $0.append(index) }
                    await semaphore.release()
                })
            // Let each task enqueue before the next one starts.
            try? await Task.sleep(for: .milliseconds(10))
        }
        await semaphore.release()
        for task in tasks { await task.value }
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4])
    }

    @Test func verboseTraceRedactsEverySecret() async throws {
        let transport = FakeTransport { request, _ in
            request.path.hasSuffix("/manifest")
                ? reply(200, headers: ["Set-Cookie": "token=cookie-secret; Path=/flex"])
                : reply(200, "[]", headers: ["Content-Type": "application/json"])
        }
        let cookie = Harness(
            transport, credentials: .cookie(user: "admin", password: "pw-secret"), flavor: .enterprise, verbose: true)
        _ = try await cookie.client.projects()
        let basic = Harness(
            FakeTransport(json: "[]"), credentials: .basic(user: "admin", password: "pw-secret"), verbose: true)
        _ = try await basic.client.projects()
        let bearer = Harness(FakeTransport(json: "[]"), credentials: .bearer(token: "token-secret"), verbose: true)
        _ = try await bearer.client.projects()

        let lines = cookie.trace.all + basic.trace.all + bearer.trace.all
        #expect(lines.count == 8)  // login + request for the cookie, request + response each
        let text = lines.joined(separator: "\n")
        for secret in ["cookie-secret", "pw-secret", "token-secret", "YWRtaW46cHctc2VjcmV0"] {
            #expect(!text.contains(secret), "\(secret) leaked")
        }
        #expect(
            lines[0]
                == "> GET /flex/services/rest/latest/manifest [Accept: application/json, Authorization: <redacted>]")
        #expect(lines[1].hasPrefix("< 200 GET /flex/services/rest/latest/manifest "))
        #expect(lines[1].hasSuffix(" ms [set-cookie: <redacted>]"))
        #expect(lines[2] == "> GET /rest/api/2/project [Accept: application/json, Cookie: <redacted>]")
    }

    @Test func quietWithoutVerbose() async throws {
        let harness = Harness(FakeTransport(json: "[]"))
        _ = try await harness.client.projects()
        #expect(harness.trace.all.isEmpty)
    }
}
