import Foundation
import ZephyrTransport

/// `--verbose`: one line per request and per response on standard error, secrets redacted.
struct HTTPTracer: Sendable {
    /// Headers whose values are credentials.
    static let secretHeaders: Set<String> = ["authorization", "cookie", "set-cookie", "proxy-authorization"]

    var enabled: Bool
    var sink: @Sendable (String) -> Void

    func request(_ request: TransportRequest) {
        guard enabled else { return }
        sink("> \(request.method) \(request.path)\(Self.render(request.headers))")
    }

    func response(_ response: TransportResponse, to request: TransportRequest, after elapsed: Duration) {
        guard enabled else { return }
        let headers = response.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        sink(
            "< \(response.status) \(request.method) \(request.path) \(Self.milliseconds(elapsed)) ms\(Self.render(headers))"
        )
    }

    /// What the pacer learned or changed, e.g. "pacing: at most 4 requests in flight after a 429".
    func note(_ line: String) {
        guard enabled else { return }
        sink(line)
    }

    func failure(_ error: any Error, of request: TransportRequest, after elapsed: Duration) {
        guard enabled else { return }
        sink("< failed \(request.method) \(request.path) \(Self.milliseconds(elapsed)) ms: \(Self.summary(of: error))")
    }

    /// A failure in words chosen by this tool: a library error's own text can hold header values.
    private static func summary(of error: any Error) -> String {
        switch error as? TransportError {
        case .timeout: "timed out"
        case .connectionClosed: "connection closed"
        case .connectionRefused: "connection refused"
        case .dnsFailure(let host): "cannot resolve \(host)"
        case .tls(let message), .other(let message): message
        case nil: error is CancellationError ? "cancelled" : TransportErrorClassifier.unexpectedFailure
        }
    }

    private static func render(_ headers: [(String, String)]) -> String {
        guard !headers.isEmpty else { return "" }
        let shown = headers.map { name, value in
            "\(name): \(secretHeaders.contains(name.lowercased()) ? "<redacted>" : value)"
        }
        return " [" + shown.joined(separator: ", ") + "]"
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// Writes whole lines so parallel requests do not interleave mid-line.
    static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(("zephyr-fields: " + line + "\n").utf8))
    }
}
