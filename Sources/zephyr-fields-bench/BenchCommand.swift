import ArgumentParser
import Foundation

/// `zephyr-fields-bench`: measures plan, apply and drift against the latency limit.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zephyr-fields-bench",
        abstract: "Benchmark zephyr-fields against the HTTP simulator with injected latency.",
        discussion: "Build with `swift build -c release` first: the harness runs the zephyr-fields binary next to it."
    )

    @Option(help: "Projects in the main run.")
    var projects = 1000

    @Option(help: "Latency the simulator adds to every request, in milliseconds.")
    var latency = 20

    @Option(help: "--parallelism passed to zephyr-fields.")
    var parallelism = 8

    @Option(
        help: ArgumentHelp("Project counts for the scaling run (plan and drift); empty to skip.", valueName: "n,n,..."))
    var scaling = "100,1000,5000"

    @Flag(help: "Skip the naive sequential baseline (it takes minutes).")
    var skipNaive = false

    @Flag(help: "Write docs/benchmarks.md and docs/benchmarks.json (run from the repository root).")
    var write = false

    @Option(help: ArgumentHelp("The zephyr-fields binary (default: next to this one).", valueName: "path"))
    var tool: String?

    @Flag(help: "Run only the rate-limit jobs: apply against a token bucket with and without headers, and a 429 storm.")
    var rateLimits = false

    @Flag(help: "Run only the Zephyr Enterprise jobs (plan, apply, drift at --projects projects).")
    var enterprise = false

    @Option(help: "Under --rate-limits: requests per second the simulator allows.") var rateLimit = 20.0
    @Option(help: "Under --rate-limits: the simulator's burst.") var burst = 40
    @Option(help: "Under --rate-limits: projects of the rate-limited applies (3 enables each).") var rateLimitProjects =
        200
    @Option(help: "Under --rate-limits: projects of the 429-storm apply.") var stormProjects = 20

    @Option(
        help: ArgumentHelp(
            "Only compare CPU: plan current at --projects by this zephyr-fields binary and by the one here, alternating.",
            valueName: "path"))
    var baseline: String?
    @Option(help: "Under --baseline: plans per binary.") var repetitions = 5

    func run() async throws {
        let scalingCounts = try scaling.split(separator: ",").map { text in
            guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count > 0 else {
                throw ValidationError("--scaling takes positive project counts separated by commas, not \(scaling)")
            }
            return count
        }
        let toolPath = try tool ?? Self.siblingTool()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("zephyr-fields-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let runner = BenchRunner(
            toolPath: toolPath, latencyMilliseconds: latency, parallelism: parallelism, logDirectory: work)
        let session = BenchSession(runner: runner, work: work)
        if enterprise {
            let rows = try await EnterpriseBench(runner: runner, work: work, projects: projects).run()
            print(EnterpriseBench.table(rows))
            return
        }
        if let baseline {
            let comparison = CPUComparison(
                runner: runner, baselinePath: baseline, work: work, projects: projects, repetitions: repetitions)
            print(CPUComparison.table(try await comparison.run()))
            return
        }
        if rateLimits {
            let bench = RateLimitBench(
                runner: runner, work: work, projects: rateLimitProjects, perSecond: rateLimit, burst: burst,
                stormProjects: stormProjects)
            print(RateLimitBench.table(try await bench.run()))
            return
        }

        let tool = try await session.toolJobs(projects: projects)
        let naive = skipNaive ? [] : try await session.naiveJobs(projects: projects)
        var scaled: [JobMeasurement] = []
        for count in scalingCounts {
            scaled += try await session.scalingJobs(projects: count)
        }
        let report = BenchReport(
            date: ISO8601DateFormatter().string(from: Date()),
            command: (["zephyr-fields-bench"] + CommandLine.arguments.dropFirst()).joined(separator: " "),
            machine: .current(), projects: projects, latencyMilliseconds: latency, parallelism: parallelism,
            tool: tool, naive: naive, scaling: scaled,
            targets: BenchReport.checks(
                tool: tool, naive: naive,
                writesWanted: BenchScenario(projectCount: projects).missingPerProject * projects))
        print(report.markdownTables)
        print(report.interpretation)
        if write { try BenchDocsWriter(directory: URL(fileURLWithPath: "docs")).write(report) }
    }

    /// `zephyr-fields` in the directory of this executable (`.build/release`).
    private static func siblingTool() throws -> String {
        let me = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        let candidate = me.deletingLastPathComponent().appendingPathComponent("zephyr-fields").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw ValidationError(
                "no zephyr-fields binary at \(candidate): run `swift build -c release` or pass --tool")
        }
        return candidate
    }
}
