import ZephyrTransport

/// Runs work that must finish by a deadline, whatever the server does meanwhile.
///
/// AsyncHTTPClient's own deadline ends when the response head arrives, and its read timeout
/// restarts with every byte, so a server trickling the body one byte at a time could hold a
/// request forever. This bounds the whole exchange: when `limit` passes first, the work is
/// cancelled (which closes the connection) and `TransportError.timeout` is thrown.
enum Deadline {
    static func run<T: Sendable>(within limit: Duration, _ work: @escaping @Sendable () async throws -> T) async throws
        -> T
    {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw TransportError.timeout }
            return value
        }
    }
}
