import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization
import ZephyrTransport

/// The production transport: one pooled AsyncHTTPClient for the life of a command.
///
/// Redirects are not followed: on a REST API a redirect means a wrong `--server` (a login page,
/// http→https), and following one could turn a POST into a GET. The client reports it instead.
package final class AsyncHTTPTransport: HTTPTransport {
    /// Responses larger than this are refused rather than buffered. Zephyr's field lists are
    /// kilobytes; the largest list read is Jira's project list, about 1 KiB per project, so
    /// 16 MiB holds well over 10,000 projects while bounding memory per request in flight.
    static let maxResponseBytes = 16 * 1024 * 1024
    /// What a person reads when a response passes `maxResponseBytes`.
    static let tooLargeMessage =
        "the response was larger than \(maxResponseBytes / 1024 / 1024) MiB, the most this tool reads; "
        + "check that --server is the Jira base URL"

    private let client: HTTPClient
    /// Scheme, host, port and context path, without a trailing slash; request paths are appended.
    private let base: String
    private let host: String
    private let requestTimeout: TimeAmount
    private let isShutDown = Atomic<Bool>(false)

    /// - Parameters:
    ///   - baseURL: `http(s)://host[:port][/context]`, e.g. `https://jira.example.com/jira`.
    ///   - caCertificatePath: a PEM file whose certificates are trusted in addition to the system's.
    ///   - insecure: skip certificate verification (only when the user asked with `--insecure`).
    ///   - maxConnections: connections kept per host; match the client's parallelism.
    package init(
        baseURL: String, caCertificatePath: String? = nil, insecure: Bool = false,
        connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(30), maxConnections: Int = 8
    ) throws(ZephyrError) {
        // Credentials in the URL are for `ServerAddress` to take out; none reach a message.
        let address = try ServerAddress(parsing: baseURL)
        host = address.host
        base = address.baseURL.hasSuffix("/") ? String(address.baseURL.dropLast()) : address.baseURL
        self.requestTimeout = Self.timeAmount(requestTimeout)

        var tls = TLSConfiguration.makeClientConfiguration()
        if let caCertificatePath {
            guard FileManager.default.isReadableFile(atPath: caCertificatePath) else {
                throw .unreadableCACertificate(path: caCertificatePath, reason: "it does not exist or cannot be read")
            }
            guard let certificates = try? NIOSSLCertificate.fromPEMFile(caCertificatePath), !certificates.isEmpty else {
                throw .unreadableCACertificate(path: caCertificatePath, reason: "it holds no PEM certificate")
            }
            tls.additionalTrustRoots = [.certificates(certificates)]
        }
        // TLS 1.0 and 1.1 are deprecated (RFC 8996); every supported Jira speaks 1.2.
        tls.minimumTLSVersion = .tlsv12
        if insecure { tls.certificateVerification = .none }

        var pool = HTTPClient.Configuration.ConnectionPool()
        pool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, maxConnections)
        // Fail fast when nothing listens; the client decides about retries.
        pool.retryConnectionEstablishment = false
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow,
            timeout: .init(connect: Self.timeAmount(connectTimeout), read: self.requestTimeout),
            connectionPool: pool)
        configuration.httpVersion = .http1Only
        // No tracer is ever bootstrapped here; the default no-op one still builds span
        // attributes (URL parsing included) for every request.
        configuration.tracing.tracer = nil
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Sends one request; the whole exchange, body included, must end within the request timeout.
    ///
    /// This uses AsyncHTTPClient's delegate API on purpose: its deadline stays armed until the
    /// accumulator has the body's last byte, whereas the async API's deadline ends when the head
    /// arrives and its read timeout restarts with every byte, so a server trickling the body one
    /// byte at a time could hold a request forever. The whole exchange also stays on the event
    /// loop, with one resumption of the caller at the end, which costs less CPU than the async
    /// API plus a deadline task (docs/benchmarks.md).
    package func send(_ request: TransportRequest) async throws -> TransportResponse {
        do {
            let outgoing = try HTTPClient.Request(
                url: base + request.path, method: HTTPMethod(rawValue: request.method),
                headers: HTTPHeaders(request.headers), body: request.body.map { .bytes($0) })
            let task = client.execute(
                request: outgoing, delegate: ResponseAccumulator(request: outgoing, maxBodySize: Self.maxResponseBytes),
                deadline: .now() + requestTimeout)
            let response = try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
            var headers: [String: String] = [:]
            for (name, value) in response.headers {
                // Repeated headers (several Set-Cookie) are joined, as HTTP allows for lists.
                let key = name.lowercased()
                headers[key] = headers[key].map { $0 + ", " + value } ?? value
            }
            return TransportResponse(
                status: Int(response.status.code), headers: headers,
                body: response.body.map { Data($0.readableBytesView) } ?? Data())
        } catch {
            throw TransportErrorClassifier.classify(error, host: host)
        }
    }

    /// Makes NIO's event loops, where AsyncHTTPClient does its I/O, also run Swift concurrency's
    /// tasks: a response then resumes its caller on the thread that read it instead of waking a
    /// thread of the separate cooperative pool, and back again for the next request (the thread
    /// hand-offs were a large share of a plan's CPU, docs/benchmarks.md). Call once, first thing
    /// in `main`; returns false where NIO cannot do it (tasks then run on the default pool).
    ///
    /// One loop, not one per core: the tool waits on the network, and a few dozen requests in
    /// flight keep one thread far from busy, while a second loop only adds wake-ups from one
    /// thread to the other whenever a task and its connection live on different loops (about 6%
    /// of a plan's CPU at 1,000 projects, docs/benchmarks.md). YAML files are still parsed on
    /// every core, by Dispatch. `NIO_SINGLETON_GROUP_LOOP_COUNT` set in the environment wins.
    @discardableResult
    package static func runConcurrencyOnEventLoops() -> Bool {
        if ProcessInfo.processInfo.environment["NIO_SINGLETON_GROUP_LOOP_COUNT"] == nil {
            NIOSingletons.groupLoopCountSuggestion = 1
        }
        return NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    package func shutdown() async {
        guard !isShutDown.exchange(true, ordering: .acquiringAndReleasing) else { return }
        // Shutting down after a failed start only reports that; nothing to recover.
        try? await client.shutdown()
    }

    /// A transport dropped on an error path still releases its connections: AsyncHTTPClient
    /// traps (in debug builds) when a client is deinitialised without a shutdown.
    deinit {
        guard !isShutDown.exchange(true, ordering: .acquiringAndReleasing) else { return }
        client.shutdown { _ in }
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
