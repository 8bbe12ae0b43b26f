import Foundation

/// Why the simulator could not start, each as one sentence that says what to do.
package enum SimulatorError: Error, LocalizedError, Sendable, Equatable {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    /// Another zephyr-fields process (HTTP simulator or `--server simulator:PATH`) holds the file.
    case stateFileInUse(path: String)
    case stateFileUnreadable(path: String, reason: String)

    package var errorDescription: String? {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use; stop what listens there, or pick another port with --port (0 picks a free one)."
        case .cannotListen(let host, let port, let reason):
            "the simulator cannot listen on \(host) port \(port): \(reason)."
        case .stateFileInUse(let path):
            "the simulator state file \(path) is in use by another zephyr-fields process; stop that process, or use another state file."
        case .stateFileUnreadable(let path, let reason):
            "the simulator state file \(path) cannot be used: \(reason); move it aside (a fresh one is created) or pass another path."
        }
    }
}
