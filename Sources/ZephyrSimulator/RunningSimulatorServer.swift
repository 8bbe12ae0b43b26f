import Foundation
import ServiceLifecycle

/// A simulator serving HTTP; `stop()` shuts it down (and saves the state when it has a file).
package final class RunningSimulatorServer: Sendable {
    package let host: String
    package let port: Int
    private let task: Task<Void, Never>
    private let group: ServiceGroup
    private let simulator: ZephyrSimulator
    private let statePath: String?

    init(
        host: String, port: Int, task: Task<Void, Never>, group: ServiceGroup, simulator: ZephyrSimulator,
        statePath: String?
    ) {
        self.group = group
        self.host = host
        self.port = port
        self.task = task
        self.simulator = simulator
        self.statePath = statePath
    }

    /// `http://127.0.0.1:PORT`.
    package var baseURL: String { "http://\(host):\(port)" }

    /// Stops accepting requests, waits for the server to finish, then saves the state.
    package func stop() async {
        await group.triggerGracefulShutdown()
        await waitUntilStopped()
    }

    /// Waits until the server stops by itself (on a signal, when started with `stopOnSignals`),
    /// then saves the state.
    package func waitUntilStopped() async {
        await task.value
        if let statePath {
            do {
                try await simulator.persist(to: statePath, force: true)
            } catch {
                FileHandle.standardError.write(
                    Data("zephyr-simulator: could not save state to \(statePath): \(error)\n".utf8))
            }
        }
    }
}
