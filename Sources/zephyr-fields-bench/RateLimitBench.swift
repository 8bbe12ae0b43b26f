import Foundation
import ZephyrSimulator

/// Issue 13's runs: `apply` against a rate-limited server, with and without Jira's headers, and
/// against a 429 storm. Each seeds a server where the target config enables 3 fields in every
/// project, and reports wall time against the time the server's rate allows for the requests
/// it accepted ((requests − 429s) ÷ fill rate) and the share answered 429.
struct RateLimitBench: Sendable {
    let runner: BenchRunner
    let work: URL
    let projects: Int
    let perSecond: Double
    let burst: Int
    let stormProjects: Int

    struct Row: Sendable {
        var label: String
        var job: JobMeasurement
        var refused: Int
        /// Requests the server accepted (not answered 429) ÷ fill rate: the least time the rate
        /// allows; nil without a rate.
        var floorSeconds: Double?
    }

    func run() async throws -> [Row] {
        let limit = RateLimitProfile(perSecond: perSecond, burst: burst)
        var bare = limit
        bare.headers = false
        return [
            try await apply("headers: \(Int(perSecond))/s, burst \(burst)", projects: projects) {
                $0.rateLimit = limit
            },
            try await apply("no headers (bare 429): \(Int(perSecond))/s, burst \(burst)", projects: projects) {
                $0.rateLimit = bare
            },
            try await apply("storm: 50% of requests 429, Retry-After 1", projects: stormProjects, rated: false) {
                $0.faultRate = 0.5
                $0.faultKinds = [.rateLimited]
                $0.retryAfterSeconds = 1
            },
        ]
    }

    private func apply(
        _ label: String, projects: Int, rated: Bool = true, _ adjust: @escaping (inout SimulatorOptions) -> Void
    ) async throws -> Row {
        let scenario = BenchScenario(projectCount: projects, executionEnabled: 16, stepEnabled: 4)
        let target = work.appendingPathComponent("rate-\(projects)-target")
        if !FileManager.default.fileExists(atPath: target.path) { try scenario.writeConfig(to: target, listAll: true) }
        let server = try await BenchServer.start(
            scenario, latencyMilliseconds: runner.latencyMilliseconds, adjust: adjust)
        do {
            let job = try await runner.tool(
                "apply", config: target, extra: ["--auto-approve"], expecting: 0, on: server, projects: projects)
            let refused = await server.simulator.rateLimitedCount()
            await server.stop()
            let floor = rated ? Double(job.requests - refused) / perSecond : nil
            let row = Row(label: label, job: job, refused: refused, floorSeconds: floor)
            FileHandle.standardError.write(Data((Self.line(row) + "\n").utf8))
            return row
        } catch {
            await server.stop()
            throw error
        }
    }

    static func line(_ row: Row) -> String {
        let share = row.job.requests > 0 ? Double(row.refused) / Double(row.job.requests) * 100 : 0
        let floor = row.floorSeconds.map { String(format: "%.1f s | %.2fx", $0, row.job.wallSeconds / $0) } ?? "– | –"
        return String(
            format: "| %@ | %d | %d | %d (%.1f%%) | %.1f s | %@ | %d |",
            row.label, row.job.projects, row.job.requests, row.refused, share, row.job.wallSeconds, floor,
            row.job.exitCode ?? -1)
    }

    static func table(_ rows: [Row]) -> String {
        ([
            "| server | projects | requests | answered 429 | wall | accepted requests ÷ fill rate | wall ÷ that | exit |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ] + rows.map(line)).joined(separator: "\n")
    }
}
