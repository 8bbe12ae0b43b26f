import ZephyrClient
import ZephyrDomain

/// STUB — replaced by the simulator work. The in-memory Zephyr.
public actor ZephyrSimulator {
    public init() {}

    /// Handles one request as a real server would.
    public func handle(_ request: TransportRequest) async -> TransportResponse {
        TransportResponse(status: 501)
    }
}
