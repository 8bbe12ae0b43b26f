import Foundation
import ZephyrSimulator
import ZephyrTransport

@testable import ZephyrClient

extension ContractServer {
    static let enterpriseRest = "/flex/services/rest"

    /// Runs `body` against an enterprise-flavored simulator over HTTP on 127.0.0.1.
    static func enterprise(
        state: SimulatorState = .seeded(), _ switches: EnterpriseSimulatorOptions = .init(),
        sessionLifetimeSeconds: Int = 5400, _ body: (ContractServer) async throws -> Void
    ) async throws {
        let options = SimulatorOptions(
            flavor: .enterprise, sessionLifetimeSeconds: sessionLifetimeSeconds, enterprise: switches)
        try await run(state: state, options: options, body)
    }

    /// The real Enterprise client over `AsyncHTTPTransport`.
    func enterpriseClient(
        _ credentials: Credentials = .bearer(token: "admin-token"), path: String = "", verbose: Bool = false,
        onRetry: @escaping @Sendable () async -> Void = {}
    ) throws -> EnterpriseClient {
        EnterpriseClient(
            client: try client(credentials, flavor: .enterprise, path: path, verbose: verbose, onRetry: onRetry))
    }

    /// Requests the simulator saw for a ZE route, e.g. `zeCount("GET", "v3/project/")`.
    func zeCount(_ method: String, _ route: String) async -> Int {
        await count(method, "\(Self.enterpriseRest)/\(route)")
    }

    /// Sends one raw request over HTTP with admin Basic auth, for calls the client does not make.
    func raw(_ method: String, _ path: String, json: String? = nil) async throws -> TransportResponse {
        let transport = try AsyncHTTPTransport(
            baseURL: server.baseURL, connectTimeout: .seconds(10), requestTimeout: .seconds(30))
        var headers = [("Authorization", "Basic " + Data("admin:admin".utf8).base64EncodedString())]
        if json != nil { headers.append(("Content-Type", "application/json")) }
        let request = TransportRequest(
            method: method, path: "\(Self.enterpriseRest)/\(path)", headers: headers, body: json.map { Data($0.utf8) })
        do {
            let response = try await transport.send(request)
            await transport.shutdown()
            return response
        } catch {
            await transport.shutdown()
            throw error
        }
    }
}
