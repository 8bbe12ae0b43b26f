import Foundation
import ZephyrSimulator

/// Issue 12's run: Zephyr Enterprise at P projects. A field's projects are part of the field on
/// ZE, so reads must not grow with P: one project list, the type catalogue, one field list per
/// entity and one option list per select field. The server holds 40 fields (half in every
/// project, half scoped to all P projects by the project files); `target` adds 10 fields (5
/// selects with options) listed in every project file.
struct EnterpriseBench: Sendable {
    let runner: BenchRunner
    let work: URL
    let projects: Int

    struct Row: Sendable {
        var job: JobMeasurement
        /// Round trips that must follow one another at best (each phase needs the one before),
        /// × latency: the floor for this job, where requests ÷ parallelism is not.
        var criticalPathSeconds: Double
    }

    static let existing: [(name: String, entity: String, code: Int, options: [String], everywhere: Bool)] =
        (1...40).map { number in
            let select = number % 4 == 0
            return (
                String(format: "Field %02d", number), number <= 30 ? "testcase" : "requirement",
                select ? 3 : (number % 5 == 0 ? 2 : 1), select ? ["Alpha", "Beta", "Gamma"] : [], number % 2 == 0
            )
        }
    static let added: [(name: String, entity: String, type: String, options: [String])] = (1...10).map { number in
        (
            String(format: "New field %02d", number), "TESTCASE", number % 2 == 0 ? "SINGLE_SELECT" : "TEXT",
            number % 2 == 0 ? ["One", "Two", "Three"] : []
        )
    }

    func run() async throws -> [Row] {
        let current = work.appendingPathComponent("ze-\(projects)-current")
        let target = work.appendingPathComponent("ze-\(projects)-target")
        try writeConfig(to: current, withAdded: false)
        try writeConfig(to: target, withAdded: true)
        let selects = Self.existing.filter { !$0.options.isEmpty }.count
        let latency = Double(runner.latencyMilliseconds) / 1000
        let parallel = Double(runner.parallelism)
        let readPath = (2 + (Double(selects) / parallel).rounded(.up)) * latency
        // Each create is a create, then (for a select) a read and a write of its option list.
        let applyPath = readPath + 3 * (Double(Self.added.count) / parallel).rounded(.up) * latency
        let addedSelects = Self.added.filter { !$0.options.isEmpty }.count
        let afterPath = (2 + (Double(selects + addedSelects) / parallel).rounded(.up)) * latency

        let server = try await start()
        do {
            var rows: [Row] = []
            rows.append(Row(job: try await job("plan", current, expecting: 0, server), criticalPathSeconds: readPath))
            rows.append(
                Row(
                    job: try await job("apply", target, extra: ["--auto-approve"], expecting: 0, server),
                    criticalPathSeconds: applyPath))
            rows.append(Row(job: try await job("drift", target, expecting: 0, server), criticalPathSeconds: afterPath))
            await server.stop()
            return rows
        } catch {
            await server.stop()
            throw error
        }
    }

    private func job(
        _ command: String, _ config: URL, extra: [String] = [], expecting: Int32, _ server: BenchServer
    ) async throws -> JobMeasurement {
        let job = try await runner.tool(
            command, config: config, extra: extra, expecting: expecting, on: server, projects: projects)
        FileHandle.standardError.write(Data("\(job.job): \(job.requests) requests, \(job.wallSeconds) s\n".utf8))
        return job
    }

    private func start() async throws -> BenchServer {
        var state = SimulatorState.seeded(projectCount: projects)
        let ids = state.enterpriseProjects.map(\.id)
        for field in Self.existing {
            state.addEnterpriseField(
                field.name, entity: field.entity, type: field.code, allProject: field.everywhere,
                projectIds: field.everywhere ? [] : ids,
                options: field.options.isEmpty
                    ? nil : field.options.enumerated().map { (id: String($0.offset + 1), value: $0.element) })
        }
        let options = SimulatorOptions(
            deleteDelayMilliseconds: 0, flavor: .enterprise, latencyMilliseconds: runner.latencyMilliseconds)
        let simulator = ZephyrSimulator(state: state, options: options)
        let running = try await SimulatorHTTPServer.start(simulator: simulator, host: "127.0.0.1", port: 0)
        return BenchServer(simulator: simulator, running: running)
    }

    /// `definitions.yaml` (settings, every field) and one file per project listing the scoped fields.
    private func writeConfig(to directory: URL, withAdded: Bool) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let typeNames = [1: "TEXT", 2: "LARGE_TEXT", 3: "SINGLE_SELECT"]
        var definitions = "settings:\n  flavor: enterprise\nfields:\n"
        for field in Self.existing {
            definitions += "  - name: \(field.name)\n    entity: \(field.entity.uppercased())\n"
            definitions += "    type: \(typeNames[field.code] ?? "TEXT")\n"
            if !field.options.isEmpty { definitions += "    options: [\(field.options.joined(separator: ", "))]\n" }
            if field.everywhere { definitions += "    projects: all\n" }
        }
        if withAdded {
            for field in Self.added {
                definitions += "  - name: \(field.name)\n    entity: \(field.entity)\n    type: \(field.type)\n"
                if !field.options.isEmpty { definitions += "    options: [\(field.options.joined(separator: ", "))]\n" }
            }
        }
        try definitions.write(
            to: directory.appendingPathComponent("definitions.yaml"), atomically: true, encoding: .utf8)
        let scoped =
            Self.existing.filter { !$0.everywhere }.map { ($0.name, $0.entity.uppercased()) }
            + (withAdded ? Self.added.map { ($0.name, $0.entity) } : [])
        let references = scoped.map { "  - name: \($0.0)\n    entity: \($0.1)\n" }.joined()
        for project in SimulatorState.seeded(projectCount: projects).enterpriseProjects {
            try "project: \(project.id)\nfields:\n\(references)".write(
                to: directory.appendingPathComponent("p\(project.id).yaml"), atomically: true, encoding: .utf8)
        }
    }

    static func table(_ rows: [Row]) -> String {
        let lines = rows.map { row in
            let job = row.job
            return String(
                format: "| %@ | %d | %d | %d | %d | %.2f | %.2f | %.2f | **%.2fx** | %.2f | %.0f | %d |",
                job.job, job.projects, job.requests, job.reads, job.writes, job.idealSeconds,
                row.criticalPathSeconds, job.wallSeconds, job.wallSeconds / row.criticalPathSeconds,
                job.cpuSeconds ?? 0, job.peakRSSMegabytes ?? 0, job.exitCode ?? -1)
        }
        return
            ([
                "| Job | Projects | Requests | Reads | Writes | Requests ÷ parallelism × latency, s | Critical path s | Wall s | **Wall / critical path** | CPU s | Peak RSS MB | Exit |",
                "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
            ] + lines).joined(separator: "\n")
    }
}
