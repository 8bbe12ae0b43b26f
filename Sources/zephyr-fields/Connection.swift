import ArgumentParser
import Foundation
import ZephyrClient
import ZephyrSimulator

/// An open connection to a server: the API plus the transport to close when done.
struct Connection {
    let api: ZephyrClient
    let transport: any HTTPTransport
    /// How messages name the server (no credentials).
    let server: String

    /// Builds the client for `--server` (or `ZEPHYR_URL`); `simulator:PATH` runs the embedded
    /// simulator in this process with its state kept in PATH.
    static func open(_ options: ConnectionOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Connection {
        guard let server = options.server ?? environment["ZEPHYR_URL"], !server.isEmpty else {
            throw CommandFailure("no server given: pass --server URL, set ZEPHYR_URL, or use --server simulator:state.json to try the embedded simulator.")
        }
        guard options.flavor == .squad else {
            // Enterprise keeps fields per testcase/requirement, options in preferences, and has no
            // field update or delete: a different model this version does not plan for.
            throw CommandFailure("--flavor enterprise is not supported for field management yet: this version manages Zephyr Squad custom fields (test executions and test steps).")
        }
        var credentials: Credentials
        var display = server
        let transport: any HTTPTransport
        if server.hasPrefix("simulator:") {
            credentials = try ZephyrClient.credentials(from: environment, authMode: options.auth)
            let path = String(server.dropFirst("simulator:".count))
            guard !path.isEmpty else { throw CommandFailure("--server simulator: needs a state file path, e.g. simulator:demo.json.") }
            let simulator = try PersistentSimulator.open(path: path, options: SimulatorOptions(flavor: options.flavor))
            transport = simulator.transport
            // The simulator's built-in administrator, when the environment names nobody.
            if credentials == .none { credentials = .basic(user: "admin", password: "admin") }
        } else {
            // `user:password@` in the URL: used like curl does, never printed (issue 15).
            let address = try ServerAddress(parsing: server)
            credentials = try address.credentials(from: environment, authMode: options.auth)
            try address.securityWarnings(credentials: credentials, insecure: options.insecure).forEach { Output.error($0) }
            display = address.display
            transport = try AsyncHTTPTransport(
                baseURL: address.baseURL, caCertificatePath: options.caCertificate, insecure: options.insecure,
                maxConnections: options.parallelism
            )
        }
        let configuration = ClientConfiguration(
            serverDescription: display, flavor: options.flavor, credentials: credentials,
            parallelism: options.parallelism, verbose: options.verbose
        )
        return Connection(api: ZephyrClient(transport: transport, configuration: configuration), transport: transport, server: display)
    }

    func close() async {
        await transport.shutdown()
    }

    /// Opens a connection, runs `body`, and always closes it (the simulator saves its state then).
    static func using<T>(_ options: ConnectionOptions, _ body: (Connection) async throws -> T) async throws -> T {
        let connection = try open(options)
        do {
            let result = try await body(connection)
            await connection.close()
            return result
        } catch {
            await connection.close()
            throw error
        }
    }
}

/// A failure the command reports as one sentence on standard error, exiting 1.
struct CommandFailure: Error, LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
