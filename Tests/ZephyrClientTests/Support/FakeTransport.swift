import Foundation
import TestSupport
import Testing
import ZephyrDomain
import ZephyrTransport

@testable import ZephyrClient

/// A closure-based `HTTPTransport`: records every request, counts requests in flight, and
/// answers with whatever the test's handler returns or throws.
final class FakeTransport: HTTPTransport {
    typealias Handler = @Sendable (TransportRequest, Int) async throws -> TransportResponse

    private struct State {
        var requests: [TransportRequest] = []
        var inFlight = 0
        var maxInFlight = 0
    }

    private let state = Locked(State())
    private let handler: Handler

    /// `handler` gets the request and its 0-based index among all requests sent.
    init(_ handler: @escaping Handler) {
        self.handler = handler
    }

    /// Answers every request with the same status and JSON body.
    convenience init(status: Int = 200, json: String = "{}", headers: [String: String] = [:]) {
        self.init { _, _ in TransportResponse(status: status, headers: headers, body: Data(json.utf8)) }
    }

    /// Answers the n-th request with the n-th response (the last one repeats).
    convenience init(sequence: [Result<TransportResponse, TransportError>]) {
        self.init { _, index in try sequence[min(index, sequence.count - 1)].get() }
    }

    var requests: [TransportRequest] { state.withLock { $0.requests } }
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let index = state.withLock { state in
            state.requests.append(request)
            state.inFlight += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
            return state.requests.count - 1
        }
        defer { state.withLock { $0.inFlight -= 1 } }
        return try await handler(request, index)
    }

    func shutdown() async {}
}

/// A JSON response.
func reply(_ status: Int = 200, _ json: String = "{}", headers: [String: String] = [:]) -> TransportResponse {
    TransportResponse(status: status, headers: headers, body: Data(json.utf8))
}

/// A client over `transport` that never sleeps and records its sleeps and trace lines.
struct Harness {
    let transport: FakeTransport
    let client: ZephyrClient
    let sleeps: Recorder<Duration>
    let trace: Recorder<String>

    init(
        _ transport: FakeTransport, credentials: Credentials = .basic(user: "admin", password: "s3cret"),
        flavor: ServerFlavor = .squad, parallelism: Int = 8, maxRetries: Int = 3, retryBudget: Duration = .seconds(300),
        verbose: Bool = false
    ) {
        let sleeps = Recorder<Duration>()
        let trace = Recorder<String>()
        self.transport = transport
        self.sleeps = sleeps
        self.trace = trace
        let configuration = ClientConfiguration(
            serverDescription: "https://jira.example.com", flavor: flavor, credentials: credentials,
            parallelism: parallelism, maxRetries: maxRetries, initialBackoff: .milliseconds(100),
            maxBackoff: .seconds(5), retryBudget: retryBudget, verbose: verbose)
        client = ZephyrClient(
            transport: transport, configuration: configuration,
            sleep: { sleeps.append($0) }, trace: { trace.append($0) })
    }
}

/// A thread-safe list for values recorded from `@Sendable` closures.
final class Recorder<Value: Sendable>: Sendable {
    private let values = Locked<[Value]>([])
    func append(_ value: Value) { values.withLock { $0.append(value) } }
    var all: [Value] { values.withLock { $0 } }
}

extension TransportRequest {
    /// The body as a JSON object, for comparing regardless of key order.
    var jsonBody: NSDictionary? {
        body.flatMap { try? JSONSerialization.jsonObject(with: $0) as? NSDictionary }
    }
}

/// Runs `body` and returns the `ZephyrError` it threw, or nil.
///
/// Untyped because closure literals do not infer typed throws; any other error fails the test.
func capture(_ body: () async throws -> Void) async -> ZephyrError? {
    do {
        try await body()
        return nil
    } catch let error as ZephyrError {
        return error
    } catch {
        Issue.record("expected a ZephyrError, got \(error)")
        return nil
    }
}
