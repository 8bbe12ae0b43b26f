import Foundation

/// A simulator backed by a state file: what `--server simulator:PATH` uses.
///
/// Each CLI run loads the file, works in memory, and writes it back when the transport shuts
/// down, so consecutive commands see one server. Pending background deletes are timestamps in
/// the file and finish on time across runs.
package final class PersistentSimulator: Sendable {
    package let path: String
    package let simulator: ZephyrSimulator
    /// Held while this process uses the file; released when the simulator goes away.
    private let lock: StateFileLock

    private init(path: String, simulator: ZephyrSimulator, lock: StateFileLock) {
        self.path = path
        self.simulator = simulator
        self.lock = lock
    }

    /// Loads `path`, or seeds a fresh server and creates the file when there is none. Refuses a
    /// file another process is using (`SimulatorError.stateFileInUse`).
    package static func open(path: String, options: SimulatorOptions = .init()) throws -> PersistentSimulator {
        let lock = try StateFileLock(statePath: path)
        let state: SimulatorState
        if let loaded = try StateFile.load(path: path) {
            state = loaded
        } else {
            state = .seeded(projectCount: SimulatorState.defaultProjectCount)
            try StateFile.save(state, path: path)
        }
        return PersistentSimulator(path: path, simulator: ZephyrSimulator(state: state, options: options), lock: lock)
    }

    /// Requests go to the in-memory simulator; `shutdown()` saves the state.
    package var transport: SimulatorTransport {
        SimulatorTransport(simulator: simulator) { [self] in
            do {
                try await save()
            } catch {
                FileHandle.standardError.write(
                    Data(
                        "zephyr-fields: could not save simulator state to \(path): \(error.localizedDescription)\n".utf8
                    ))
            }
            lock.release()
        }
    }

    /// Writes the state to `path` atomically.
    package func save() async throws {
        try await simulator.persist(to: path, force: true)
    }
}
