import Foundation
import ZephyrDomain
import ZephyrTransport

/// The Zephyr Squad custom field client over any `HTTPTransport`.
///
/// Copies share one session: one pacer (at most `configuration.parallelism` requests in flight,
/// fewer while the server pushes back, at its announced rate), one cookie login, and what was
/// learned about the server (the enable verb, bulk delete support). `RetryPolicy` decides every
/// repeat: a 429 is repeated for any call within the budget; `createField`, `addOption` and
/// `setEnabled` are otherwise sent once, and the applier re-reads before repeating them.
package struct ZephyrClient: ZephyrFieldsAPI {
    /// How long to wait before a retry; injectable so tests run without real delays.
    package typealias Sleep = @Sendable (Duration) async -> Void
    /// Where `--verbose` lines go (standard error by default).
    package typealias TraceSink = @Sendable (String) -> Void

    package let configuration: ClientConfiguration
    let transport: any HTTPTransport
    let session: ClientSession
    /// Shared with the backend's applier, so one policy decides every repeat.
    package let retryPolicy: RetryPolicy
    let sleep: Sleep
    let tracer: HTTPTracer
    /// The header of every request for Basic and bearer auth, built once (Base64 of the
    /// credentials for each of thousands of requests showed in profiles); nil for cookie
    /// sessions, whose token can change.
    let fixedAuthorization: Result<Authorization, ZephyrError>?
    var errors: ResponseErrorMapper {
        ResponseErrorMapper(
            server: configuration.serverDescription, timeout: configuration.requestTimeout,
            credentialsGiven: configuration.credentials != .none)
    }

    package init(transport: any HTTPTransport, configuration: ClientConfiguration) {
        self.init(
            transport: transport, configuration: configuration,
            sleep: { try? await Task.sleep(for: $0) }, trace: HTTPTracer.standardError)
    }

    /// Like `init(transport:configuration:)` with the retry sleep and the trace output replaced.
    package init(
        transport: any HTTPTransport, configuration: ClientConfiguration, sleep: @escaping Sleep,
        trace: @escaping TraceSink
    ) {
        self.transport = transport
        self.configuration = configuration
        let tracer = HTTPTracer(enabled: configuration.verbose, sink: trace)
        self.session = ClientSession(parallelism: configuration.parallelism, tracer: tracer)
        self.retryPolicy = RetryPolicy(
            maxRetries: configuration.maxRetries, initialBackoff: configuration.initialBackoff,
            maxBackoff: configuration.maxBackoff, budget: configuration.retryBudget)
        self.sleep = sleep
        self.tracer = tracer
        self.fixedAuthorization = Self.fixedAuthorization(for: configuration.credentials)
    }

    /// Releases the transport's connections; call once when done.
    package func shutdown() async {
        await transport.shutdown()
    }

    // MARK: - Helpers shared by the endpoint extensions

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func json(_ body: some Encodable) -> Data {
        // Encoding these plain structs of strings and arrays cannot fail.
        (try? Self.encoder.encode(body)) ?? Data("{}".utf8)
    }

    func decode<T: Decodable>(_ type: T.Type, from response: TransportResponse, operation: String) throws(ZephyrError)
        -> T
    {
        do {
            return try JSONDecoder().decode(T.self, from: response.body)
        } catch {
            throw .invalidResponse(operation: operation, message: Self.describe(error))
        }
    }

    /// Sends `endpoint` and decodes the 2xx body as `T`.
    func fetch<T: Decodable>(_ type: T.Type, _ endpoint: Endpoint) async throws(ZephyrError) -> T {
        let response = try await execute(endpoint)
        return try decode(T.self, from: response, operation: endpoint.operation)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the body" : keys
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)) lacks \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}
