import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import ZephyrTransport

/// Serves a `ZephyrSimulator` over HTTP/1.1 with Hummingbird.
package enum SimulatorHTTPServer {
    /// Starts listening and returns once the port is bound.
    ///
    /// - Parameters:
    ///   - port: 0 picks a free port; read it from `RunningSimulatorServer.port`.
    ///   - statePath: when set, the state is written there after every changing request and on stop.
    ///   - stopOnSignals: shut down gracefully on SIGINT or SIGTERM (for the CLI); see
    ///     `RunningSimulatorServer.waitUntilStopped()`.
    package static func start(
        simulator: ZephyrSimulator, host: String = "127.0.0.1", port: Int = 0, statePath: String? = nil,
        stopOnSignals: Bool = false
    ) async throws -> RunningSimulatorServer {
        var logger = Logger(label: "zephyr-simulator")
        // Task cancellation on stop() makes HummingbirdCore log "Waiting on child channel" at error
        // level; real failures (a port in use) are thrown to the caller instead.
        logger.logLevel = .critical
        let (bound, boundContinuation) = AsyncThrowingStream<Int, any Error>.makeStream()
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await SimulatorHTTPServer.respond(to: request, simulator: simulator, statePath: statePath)
        }
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: "zephyr-simulator"),
            onServerRunning: { channel in
                boundContinuation.yield(channel.localAddress?.port ?? port)
            },
            logger: logger
        )
        // A service group, so stop() can shut down gracefully: cancelling the server task instead
        // can drop a just-accepted connection without closing it, which NIO traps on.
        let group = ServiceGroup(
            configuration: .init(
                services: [app], gracefulShutdownSignals: stopOnSignals ? [.sigterm, .sigint] : [], logger: logger
            ))
        let task = Task {
            do {
                try await group.run()
                boundContinuation.finish()
            } catch {
                boundContinuation.finish(throwing: error)
            }
        }
        do {
            for try await actualPort in bound {
                return RunningSimulatorServer(
                    host: host, port: actualPort, task: task, group: group, simulator: simulator, statePath: statePath)
            }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw SimulatorError.portInUse(host: host, port: port)
        } catch let error as IOError {
            throw SimulatorError.cannotListen(
                host: host, port: port, reason: String(cString: strerror(error.errnoCode)).lowercased())
        } catch {
            throw SimulatorError.cannotListen(host: host, port: port, reason: "the address cannot be used")
        }
        task.cancel()
        throw SimulatorError.cannotListen(host: host, port: port, reason: "the server stopped before it was listening")
    }

    private static func respond(to request: Request, simulator: ZephyrSimulator, statePath: String?) async throws
        -> Response
    {
        var request = request
        let buffer = try await request.collectBody(upTo: 4 << 20)
        let body = buffer.readableBytes > 0 ? Data(buffer.readableBytesView) : nil
        let headers = request.headers.map { ($0.name.rawName, $0.value) }
        let transportRequest = TransportRequest(
            method: request.method.rawValue, path: request.uri.string, headers: headers, body: body
        )
        let reply = await simulator.handle(transportRequest)
        if let statePath, request.method != .get {
            try await simulator.persist(to: statePath)
        }
        switch reply {
        case .response(let response): return httpResponse(response)
        case .dropAfterCommit: return droppedResponse()
        }
    }

    private static func httpResponse(_ response: TransportResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
            if let fieldName = HTTPFields.Element.Name(name) {
                fields.append(HTTPFields.Element(name: fieldName, value: value))
            }
        }
        return Response(
            status: HTTPResponse.Status(code: response.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: response.body))
        )
    }

    /// A response that promises more bytes than it sends, then fails: Hummingbird closes the
    /// connection, so the client sees it drop mid-response after the change was committed.
    private static func droppedResponse() -> Response {
        var fields = HTTPFields()
        if let contentType = HTTPFields.Element.Name("Content-Type") {
            fields.append(HTTPFields.Element(name: contentType, value: "application/json"))
        }
        return Response(
            status: .ok, headers: fields,
            body: ResponseBody(contentLength: 1024) { writer in
                try await writer.write(ByteBuffer(string: "{\"id\":"))
                throw ConnectionDropped()
            }
        )
    }

    private struct ConnectionDropped: Error {}
}
