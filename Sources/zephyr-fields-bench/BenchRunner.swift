import Foundation
import ZephyrClient
import ZephyrDomain
import ZephyrTransport

/// Runs one job against a `BenchServer` and measures it: the tool as a child process, or the
/// naive client in-process.
struct BenchRunner: Sendable {
    /// The `zephyr-fields` binary (release, from the same build directory as the harness).
    let toolPath: String
    let latencyMilliseconds: Int
    let parallelism: Int
    /// Where the children's standard output and error are kept (for a failed run's message).
    let logDirectory: URL

    /// Spawns `zephyr-fields COMMAND CONFIG --server URL ...` and checks its exit code.
    func tool(
        _ command: String, config: URL, extra: [String] = [], expecting expected: Int32,
        on server: BenchServer, projects: Int
    ) async throws -> JobMeasurement {
        let label = "\(command) \(config.lastPathComponent)"
        let arguments =
            [command, config.path, "--server", server.baseURL, "--parallelism", String(parallelism), "--no-color"]
            + extra
        var environment = ProcessInfo.processInfo.environment
        environment["ZEPHYR_USER"] = "admin"
        environment["ZEPHYR_PASSWORD"] = "admin"
        environment["ZEPHYR_URL"] = nil
        environment["ZEPHYR_TOKEN"] = nil
        let stem = logDirectory.appendingPathComponent("\(projects)-\(command)-\(config.lastPathComponent)").path
        let (usage, counts) = try await server.counting {
            try await ChildProcess.run(
                toolPath, arguments: arguments, environment: environment,
                stdoutPath: stem + ".out", stderrPath: stem + ".err")
        }
        guard usage.exitCode == expected else {
            let stderr = (try? String(contentsOfFile: stem + ".err", encoding: .utf8)) ?? ""
            throw ChildProcessError(
                message:
                    "zephyr-fields \(label) exited \(usage.exitCode), expected \(expected):\n\(stderr.suffix(2000))")
        }
        return JobMeasurement(
            client: .tool, job: label, projects: projects, parallelism: parallelism,
            latencyMilliseconds: latencyMilliseconds, wallSeconds: usage.wallSeconds, requestsByRoute: counts,
            usage: usage)
    }

    /// Runs `body` with a fresh sequential client (parallelism 1, one connection) and times it.
    func naive(
        _ label: String, on server: BenchServer, projects: Int, _ body: @Sendable (NaiveClient) async throws -> Void
    ) async throws -> JobMeasurement {
        let transport = try AsyncHTTPTransport(baseURL: server.baseURL, maxConnections: 1)
        let api = ZephyrClient(
            transport: transport,
            configuration: ClientConfiguration(
                serverDescription: server.baseURL, credentials: .basic(user: "admin", password: "admin"), parallelism: 1
            ))
        let clock = ContinuousClock()
        do {
            let (wall, counts) = try await server.counting {
                let start = clock.now
                try await body(NaiveClient(api: api))
                return (clock.now - start).seconds
            }
            await api.shutdown()
            return JobMeasurement(
                client: .naive, job: label, projects: projects, parallelism: 1,
                latencyMilliseconds: latencyMilliseconds, wallSeconds: wall, requestsByRoute: counts, usage: nil)
        } catch {
            await api.shutdown()
            throw error
        }
    }
}
