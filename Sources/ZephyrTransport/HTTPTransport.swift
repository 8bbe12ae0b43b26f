import Foundation

/// One HTTP request, relative to the server's root URL.
package struct TransportRequest: Sendable, Hashable {
    package var method: String
    /// Path and query, starting with `/` (e.g. `/rest/zapi/latest/customfield/entity?entityType=EXECUTION`).
    package var path: String
    /// Header names as sent; order kept.
    package var headers: [(String, String)]
    package var body: Data?

    package init(method: String, path: String, headers: [(String, String)] = [], body: Data? = nil) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    package func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    package static func == (lhs: TransportRequest, rhs: TransportRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.body == rhs.body
            && lhs.headers.map { "\($0.0.lowercased()):\($0.1)" } == rhs.headers.map { "\($0.0.lowercased()):\($0.1)" }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(path)
        hasher.combine(body)
    }
}

/// One HTTP response.
package struct TransportResponse: Sendable, Hashable {
    package var status: Int
    /// Header names lowercased.
    package var headers: [String: String]
    package var body: Data

    package init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }
}

/// Failures below HTTP, before a status code was seen.
package enum TransportError: Error, Sendable, Equatable {
    case timeout
    /// The connection closed after the request was sent: it may have taken effect.
    case connectionClosed
    case connectionRefused
    case dnsFailure(host: String)
    case tls(String)
    case other(String)
}

/// The seam between the client and the network: AsyncHTTPClient in production, the in-process
/// simulator for `--server simulator:PATH`, closures in unit tests.
package protocol HTTPTransport: Sendable {
    /// Sends one request. Throws `TransportError` for failures below HTTP.
    func send(_ request: TransportRequest) async throws -> TransportResponse
    /// Releases connections; called once when the command ends.
    func shutdown() async
}
