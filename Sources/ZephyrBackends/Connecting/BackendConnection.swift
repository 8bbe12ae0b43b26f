import Foundation
import Reconciler
import ZephyrClient
import ZephyrDomain
import ZephyrSimulator
import ZephyrTransport

/// A failure to connect, as one sentence saying what to do.
package struct ConnectionError: Error, LocalizedError, Sendable {
    package let message: String
    package var errorDescription: String? { message }
}

/// An open connection: the backend for the server's product, and how messages name the server.
package struct BackendConnection: Sendable {
    package let backend: any FieldBackend
    /// The server as given, for messages and saved plans (no credentials).
    package let server: String

    /// Builds the transport, client and backend for `settings`; `simulator:PATH` runs the
    /// embedded simulator in this process with its state kept in PATH. The only place that
    /// constructs clients.
    /// `warn` receives sentences the user should see before anything is sent (an insecure
    /// connection, for one).
    package static func open(
        _ settings: ConnectionSettings, environment: [String: String] = ProcessInfo.processInfo.environment,
        warn: (String) -> Void = { _ in }
    ) throws -> BackendConnection {
        guard let server = settings.server ?? environment["ZEPHYR_URL"], !server.isEmpty else {
            throw ConnectionError(
                message:
                    "no server given: pass --server URL, set ZEPHYR_URL, or use --server simulator:state.json to try the embedded simulator."
            )
        }
        var credentials: Credentials
        var display = server
        let transport: any HTTPTransport
        if server.hasPrefix("simulator:") {
            credentials = try ZephyrClient.credentials(from: environment, authMode: settings.auth)
            let path = String(server.dropFirst("simulator:".count))
            guard !path.isEmpty else {
                throw ConnectionError(message: "--server simulator: needs a state file path, e.g. simulator:demo.json.")
            }
            let simulator = try PersistentSimulator.open(path: path, options: SimulatorOptions(flavor: settings.flavor))
            transport = simulator.transport
            // The simulator's built-in administrator, when the environment names nobody.
            if credentials == .none { credentials = .basic(user: "admin", password: "admin") }
        } else {
            // `user:password@` in the URL: used like curl does, never printed.
            let address = try ServerAddress(parsing: server)
            credentials = try address.credentials(from: environment, authMode: settings.auth)
            try address.securityWarnings(credentials: credentials, insecure: settings.insecure).forEach(warn)
            display = address.display
            transport = try AsyncHTTPTransport(
                baseURL: address.baseURL, caCertificatePath: settings.caCertificate, insecure: settings.insecure,
                requestTimeout: settings.timeout, maxConnections: settings.parallelism
            )
        }
        let configuration = ClientConfiguration(
            serverDescription: display, flavor: settings.flavor, credentials: credentials,
            parallelism: settings.parallelism, retryBudget: settings.retryBudget, requestTimeout: settings.timeout,
            verbose: settings.verbose
        )
        let client = ZephyrClient(transport: transport, configuration: configuration)
        let backend: any FieldBackend =
            switch settings.flavor {
            case .squad:
                SquadBackend(
                    api: client, parallelism: settings.parallelism, timing: ApplyTiming(retry: client.retryPolicy),
                    onClose: { await transport.shutdown() })
            case .enterprise:
                EnterpriseBackend(
                    api: EnterpriseClient(client: client), parallelism: settings.parallelism,
                    retry: client.retryPolicy, onClose: { await transport.shutdown() })
            }
        return BackendConnection(backend: backend, server: display)
    }

    /// Opens a connection, runs `body`, and always closes it (the simulator saves its state then).
    package static func using<T>(
        _ settings: ConnectionSettings, warn: (String) -> Void = { _ in }, _ body: (BackendConnection) async throws -> T
    ) async throws -> T {
        let connection = try open(settings, warn: warn)
        do {
            let result = try await body(connection)
            await connection.backend.close()
            return result
        } catch {
            await connection.backend.close()
            throw error
        }
    }
}
