import Foundation

/// Reads and writes the simulator state as stable JSON (pretty, sorted keys), atomically.
public enum StateFile {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Milliseconds, so a 250 ms background delete survives the round trip.
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }

    /// Loads the state at `path`, or nil when there is no file.
    public static func load(path: String) throws -> SimulatorState? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(SimulatorState.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Writes `state` to `path` through a temporary file, so readers never see half a file.
    public static func save(_ state: SimulatorState, path: String) throws {
        var data = try encoder().encode(state)
        data.append(0x0A)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
