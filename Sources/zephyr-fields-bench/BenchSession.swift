import Foundation

/// The phases of a benchmark run, each on a freshly seeded server so no phase sees another's
/// changes.
struct BenchSession: Sendable {
    let runner: BenchRunner
    let work: URL

    /// plan (nothing to do), apply (5 enables per project), drift (in sync after the apply).
    func toolJobs(projects: Int) async throws -> [JobMeasurement] {
        let (current, target) = try configs(projects: projects)
        return try await serving(BenchScenario(projectCount: projects)) { server in
            [
                try await logged(
                    runner.tool(
                        "plan", config: current, extra: ["--detailed-exitcode"], expecting: 0, on: server,
                        projects: projects)),
                try await logged(
                    runner.tool(
                        "apply", config: target, extra: ["--auto-approve"], expecting: 0, on: server, projects: projects
                    )),
                try await logged(runner.tool("drift", config: target, expecting: 0, on: server, projects: projects)),
            ]
        }
    }

    /// The same three jobs by the naive sequential client; each checks its own outcome.
    func naiveJobs(projects: Int) async throws -> [JobMeasurement] {
        let scenario = BenchScenario(projectCount: projects)
        let (current, target) = (scenario.wanted(listAll: false), scenario.wanted(listAll: true))
        let expectedEnables = scenario.missingPerProject * projects
        return try await serving(scenario) { server in
            [
                try await logged(
                    runner.naive("plan current", on: server, projects: projects) { client in
                        try Self.expect(
                            try await client.differences(wanted: current), 0, "naive plan current: differences")
                    }),
                try await logged(
                    runner.naive("apply target", on: server, projects: projects) { client in
                        try Self.expect(
                            try await client.enableMissing(wanted: target), expectedEnables,
                            "naive apply target: enables")
                    }),
                try await logged(
                    runner.naive("drift target", on: server, projects: projects) { client in
                        try Self.expect(
                            try await client.differences(wanted: target), 0, "naive drift target: differences")
                    }),
            ]
        }
    }

    /// plan of `target` (renders 5 enables per project; exit 2) and drift of `current` (exit 0).
    func scalingJobs(projects: Int) async throws -> [JobMeasurement] {
        let (current, target) = try configs(projects: projects)
        return try await serving(BenchScenario(projectCount: projects)) { server in
            [
                try await logged(
                    runner.tool(
                        "plan", config: target, extra: ["--detailed-exitcode"], expecting: 2, on: server,
                        projects: projects)),
                try await logged(runner.tool("drift", config: current, expecting: 0, on: server, projects: projects)),
            ]
        }
    }

    /// Runs `body` against a freshly seeded server, stopping it however `body` ends.
    private func serving<T>(_ scenario: BenchScenario, _ body: (BenchServer) async throws -> T) async throws -> T {
        let server = try await BenchServer.start(scenario, latencyMilliseconds: runner.latencyMilliseconds)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Writes (once per project count) the `current` and `target` config directories.
    private func configs(projects: Int) throws -> (current: URL, target: URL) {
        let base = work.appendingPathComponent("p\(projects)")
        let current = base.appendingPathComponent("current")
        let target = base.appendingPathComponent("target")
        if !FileManager.default.fileExists(atPath: target.path) {
            let scenario = BenchScenario(projectCount: projects)
            try scenario.writeConfig(to: current, listAll: false)
            try scenario.writeConfig(to: target, listAll: true)
        }
        return (current, target)
    }

    private func logged(_ job: JobMeasurement) -> JobMeasurement {
        let line = String(
            format: "%@ %@ (P=%d): %d requests, %.2f s wall, %.2fx ideal, %.2f s CPU, %.0f MB\n",
            job.client.rawValue, job.job, job.projects, job.requests, job.wallSeconds, job.ratio,
            job.cpuSeconds ?? 0, job.peakRSSMegabytes ?? 0)
        FileHandle.standardError.write(Data(line.utf8))
        return job
    }

    private static func expect(_ actual: Int, _ expected: Int, _ what: String) throws {
        guard actual == expected else {
            throw ChildProcessError(message: "\(what): \(actual), expected \(expected)")
        }
    }
}
