import Foundation
import Testing
import ZephyrClient
import ZephyrDomain
import ZephyrTransport

@testable import ZephyrSimulator

/// Real requests over loopback: the Hummingbird routes and the dropped-connection fault.
@Suite(.serialized) struct HTTPServerTests {
    /// One request through the tool's own AsyncHTTPClient transport (URLSession on Linux was
    /// flaky here: it hangs on challenges and reuses broken keep-alive connections).
    static func request(
        _ server: RunningSimulatorServer, _ method: String, _ path: String, body: String? = nil,
        authorization: String? = TestClient.adminBasic
    ) async throws -> (Int, [String: String], String) {
        let transport = try AsyncHTTPTransport(baseURL: server.baseURL, requestTimeout: .seconds(30), maxConnections: 1)
        var headers: [(String, String)] = []
        if let authorization { headers.append(("Authorization", authorization)) }
        if body != nil { headers.append(("Content-Type", "application/json")) }
        do {
            let response = try await transport.send(
                TransportRequest(method: method, path: path, headers: headers, body: body.map { Data($0.utf8) }))
            await transport.shutdown()
            return (response.status, response.headers, String(decoding: response.body, as: UTF8.self))
        } catch {
            await transport.shutdown()
            throw error
        }
    }

    @Test func servesTheAPIOverLoopback() async throws {
        let path = PersistenceTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let simulator = ZephyrSimulator()
        let server = try await SimulatorHTTPServer.start(simulator: simulator, port: 0, statePath: path)
        do {
            #expect(server.port > 0)
            #expect(server.baseURL == "http://127.0.0.1:\(server.port)")
            let created = try await Self.request(
                server, "POST", "/rest/zapi/latest/customfield/create",
                body: """
                    {"name":"Browser","fieldType":"SINGLE_SELECT","entityType":"EXECUTION","fieldOptions":["Chrome"]}
                    """)
            #expect(created.0 == 200)
            let listed = try await Self.request(
                server, "GET", "/rest/zapi/latest/customfield/entity?entityType=execution")
            #expect(listed.0 == 200)
            #expect(listed.1["content-type"]?.hasPrefix("application/json") == true)
            #expect(listed.2.contains(#""customFieldOptionValues":{"1":"Chrome"}"#))
            let viewer = try await Self.request(
                server, "GET", "/rest/zapi/latest/customfield/1", authorization: TestClient.viewerBasic)
            #expect(viewer.0 == 403)
            // The change reached the state file as soon as it was answered.
            #expect(try StateFile.load(path: path)?.fields.map(\.name) == ["Browser"])
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func dropAfterCommitClosesTheConnectionWithoutAResponse() async throws {
        let options = SimulatorOptions(faultRate: 1, faultKinds: [.dropAfterCommit])
        let simulator = ZephyrSimulator(options: options)
        let server = try await SimulatorHTTPServer.start(simulator: simulator)
        await #expect(throws: (any Error).self) {
            _ = try await Self.request(
                server, "POST", "/rest/zapi/latest/customfield/create",
                body: """
                    {"name":"Build","fieldType":"TEXT","entityType":"EXECUTION"}
                    """)
        }
        await server.stop()
        #expect(await simulator.snapshot().fields.map(\.name) == ["Build"])
    }
}
