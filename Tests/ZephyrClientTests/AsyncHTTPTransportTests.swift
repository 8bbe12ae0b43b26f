import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Testing
import ZephyrTransport

@testable import ZephyrClient

/// The production transport against a tiny Hummingbird server on 127.0.0.1.
@Suite struct AsyncHTTPTransportTests {
    @Test func roundTripOverLoopbackWithAContextPath() async throws {
        try await withLoopbackServer { port in
            // Generous for ordinary calls: beside the end-to-end suites (child processes and the
            // in-process simulators answering them, on two cores) a loopback round trip was seen
            // to wait over 10 s. The slow endpoint is checked through a second transport with a
            // short timeout.
            let transport = try AsyncHTTPTransport(
                baseURL: "http://127.0.0.1:\(port)/jira/", requestTimeout: .seconds(60))
            let impatient = try AsyncHTTPTransport(
                baseURL: "http://127.0.0.1:\(port)/jira/", requestTimeout: .milliseconds(500))
            let configuration = ClientConfiguration(
                serverDescription: "http://127.0.0.1:\(port)/jira", credentials: .bearer(token: "pat"), maxRetries: 0,
                requestTimeout: .seconds(60))
            let client = ZephyrClient(transport: transport, configuration: configuration)

            let projects = try await client.projects()
            #expect(projects == [JiraProject(id: "10000", key: "WEB", name: "Web")])

            let echoed = try await transport.send(
                TransportRequest(
                    method: "PUT", path: "/echo?x=1",
                    headers: [("Authorization", "Bearer pat"), ("Content-Type", "application/json")],
                    body: Data(#"{"name":"Browser"}"#.utf8)))
            #expect(echoed.status == 200)
            #expect(String(decoding: echoed.body, as: UTF8.self) == #"PUT Bearer pat {"name":"Browser"}"#)
            #expect(echoed.headers["set-cookie"]?.contains("token=abc") == true)

            let slow = await capture {
                let impatientConfiguration = ClientConfiguration(
                    serverDescription: "http://127.0.0.1:\(port)/jira", credentials: .bearer(token: "pat"),
                    maxRetries: 0, requestTimeout: .milliseconds(500))
                _ = try await ZephyrClient(transport: impatient, configuration: impatientConfiguration).metadata()
            }
            #expect(
                slow
                    == .timeout(
                        operation: "read field type metadata", server: "http://127.0.0.1:\(port)/jira", seconds: 1))
            await transport.shutdown()
            await impatient.shutdown()
        }
    }

    @Test func refusedConnection() async throws {
        // Port 9 (discard) is not served on test machines; nothing listens there.
        let transport = try AsyncHTTPTransport(baseURL: "http://127.0.0.1:9", connectTimeout: .seconds(2))
        await #expect(throws: TransportError.connectionRefused) {
            _ = try await transport.send(TransportRequest(method: "GET", path: "/"))
        }
        await transport.shutdown()
    }

    @Test(arguments: [
        ("ftp://jira.example.com", "the scheme must be http or https, not ftp"),
        ("jira.example.com", "expected a URL like https://jira.example.com"),
        ("https://", "the URL has no host"),
        ("https://jira.example.com?x=1", "give the base URL without a query or fragment"),
    ])
    func invalidBaseURLs(_ url: String, _ reason: String) {
        #expect(throws: ZephyrError.invalidServerURL(url: url, reason: reason)) { try AsyncHTTPTransport(baseURL: url) }
    }

    @Test func unreadableCACertificate() {
        #expect(
            throws: ZephyrError.unreadableCACertificate(
                path: "/nonexistent/ca.pem", reason: "it does not exist or cannot be read")
        ) {
            try AsyncHTTPTransport(baseURL: "https://jira.example.com", caCertificatePath: "/nonexistent/ca.pem")
        }
    }

    /// Serves a few routes on an ephemeral port for the duration of `body`.
    private func withLoopbackServer(_ body: (Int) async throws -> Void) async throws {
        let router = Router()
        router.get("/jira/rest/api/2/project") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"[{"id":"10000","key":"WEB","name":"Web"}]"#)))
        }
        router.put("/jira/echo") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 16)
            var headers: HTTPFields = [.contentType: "text/plain"]
            headers.append(HTTPField(name: .setCookie, value: "JSESSIONID=1"))
            headers.append(HTTPField(name: .setCookie, value: "token=abc"))
            let text = "PUT \(request.headers[.authorization] ?? "-") \(String(buffer: body))"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("/jira/rest/zapi/latest/customfield/metadata") { _, _ in
            try await Task.sleep(for: .seconds(2))
            return "{}"
        }
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        var quiet = Logger(label: "loopback")
        quiet.logLevel = .critical  // cancellation at the end logs a harmless shutdown error
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: quiet)
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body(port)
    }
}
