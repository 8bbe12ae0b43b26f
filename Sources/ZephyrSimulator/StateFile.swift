import Foundation

/// Reads and writes the simulator state as stable JSON (pretty, sorted keys), atomically.
package enum StateFile {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Milliseconds, so a 250 ms background delete survives the round trip.
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }

    /// Loads the state at `path`, or nil when there is no file.
    package static func load(path: String) throws(SimulatorError) -> SimulatorState? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .stateFileUnreadable(path: path, reason: "it cannot be read")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        do {
            return try decoder.decode(SimulatorState.self, from: data)
        } catch {
            throw .stateFileUnreadable(path: path, reason: "it is not a state file the simulator wrote")
        }
    }

    /// Writes `state` to `path` through a temporary file, so readers never see half a file.
    package static func save(_ state: SimulatorState, path: String) throws {
        var data = try encoder().encode(state)
        data.append(0x0A)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
