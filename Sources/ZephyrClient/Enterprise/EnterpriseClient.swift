import Foundation
import ZephyrTransport

/// The Zephyr Enterprise custom field client, on a `ZephyrClient`'s session.
///
/// Shares the wrapped client's auth (Bearer, Basic, or the session cookie with one shared
/// re-login after a 401), concurrency limit, retries and `--verbose` tracing; copies share it too.
/// Give the wrapped client `flavor: .enterprise` so its credential check uses ZE's path.
package struct EnterpriseClient: EnterpriseFieldsAPI {
    let base: ZephyrClient

    package init(client: ZephyrClient) {
        base = client
    }

    /// Releases the transport's connections; call once when done.
    package func shutdown() async {
        await base.shutdown()
    }

    /// Sends `endpoint` and returns its 2xx response, refusing an HTML page (a web-UI URL
    /// answers 200 with one).
    func send(_ endpoint: Endpoint) async throws(ZephyrError) -> TransportResponse {
        let response = try await base.execute(endpoint)
        if EnterpriseErrors.isHTML(response) { throw .webUI(url: base.errors.url(of: endpoint)) }
        return response
    }

    /// Decodes a 2xx body; 204 or an empty body is "nothing" (`nil`).
    func decodeIfPresent<T: Decodable>(_ type: T.Type, _ response: TransportResponse, _ endpoint: Endpoint)
        throws(ZephyrError) -> T?
    {
        if response.status == 204 || Self.isBlank(response.body) { return nil }
        return try base.decode(T.self, from: response, operation: endpoint.operation)
    }

    /// A list; 204 or an empty body is an empty list (ZE answers 204 for empty results).
    func list<T: Decodable & Sendable>(_ type: T.Type, _ endpoint: Endpoint) async throws(ZephyrError) -> [T] {
        let response = try await send(endpoint)
        return try decodeIfPresent(EnterpriseList<T>.self, response, endpoint)?.items ?? []
    }

    static func isBlank(_ body: Data) -> Bool {
        body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    static func read(_ operation: String, _ path: String, permission: String = Permission.enterpriseBrowse) -> Endpoint
    {
        Endpoint("GET", path, operation: operation, permission: permission, repeating: .idempotent)
    }
}
