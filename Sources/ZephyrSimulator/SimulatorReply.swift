import ZephyrTransport

/// What the simulator does with a request.
package enum SimulatorReply: Sendable, Equatable {
    /// An HTTP response to send.
    case response(TransportResponse)
    /// The request took effect, but the connection drops before any response is sent.
    case dropAfterCommit

    /// The response, or nil for a dropped connection.
    package var response: TransportResponse? {
        if case .response(let response) = self { return response }
        return nil
    }
}
