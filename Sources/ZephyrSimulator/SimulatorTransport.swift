import ZephyrTransport

/// An `HTTPTransport` that hands requests to an in-process simulator: no sockets.
///
/// A `.dropAfterCommit` fault surfaces as `TransportError.connectionClosed`, as a dropped
/// connection would from the network transport.
package struct SimulatorTransport: HTTPTransport {
    package let simulator: ZephyrSimulator
    private let onShutdown: @Sendable () async -> Void

    package init(simulator: ZephyrSimulator) {
        self.init(simulator: simulator, onShutdown: {})
    }

    init(simulator: ZephyrSimulator, onShutdown: @escaping @Sendable () async -> Void) {
        self.simulator = simulator
        self.onShutdown = onShutdown
    }

    package func send(_ request: TransportRequest) async throws -> TransportResponse {
        switch await simulator.handle(request) {
        case .response(let response): return response
        case .dropAfterCommit: throw TransportError.connectionClosed
        }
    }

    package func shutdown() async {
        await onShutdown()
    }
}
