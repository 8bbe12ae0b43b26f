import Foundation

/// `--baseline PATH`: `plan current` by another zephyr-fields binary (e.g. main's) and by this
/// one, alternating on one seeded server, so a CPU change is measured as a ratio under the same
/// machine load. Each repetition runs both; the order flips every repetition.
struct CPUComparison: Sendable {
    let runner: BenchRunner
    let baselinePath: String
    let work: URL
    let projects: Int
    let repetitions: Int

    struct Pair: Sendable {
        var baseline: JobMeasurement
        var candidate: JobMeasurement
    }

    func run() async throws -> [Pair] {
        let scenario = BenchScenario(projectCount: projects)
        let current = work.appendingPathComponent("cpu-\(projects)-current")
        if !FileManager.default.fileExists(atPath: current.path) {
            try scenario.writeConfig(to: current, listAll: false)
        }
        let baseline = BenchRunner(
            toolPath: baselinePath, latencyMilliseconds: runner.latencyMilliseconds, parallelism: runner.parallelism,
            logDirectory: runner.logDirectory)
        let server = try await BenchServer.start(scenario, latencyMilliseconds: runner.latencyMilliseconds)
        do {
            var pairs: [Pair] = []
            for repetition in 0..<repetitions {
                func plan(_ runner: BenchRunner) async throws -> JobMeasurement {
                    try await runner.tool(
                        "plan", config: current, extra: ["--detailed-exitcode"], expecting: 0, on: server,
                        projects: projects)
                }
                let pair: Pair
                if repetition.isMultiple(of: 2) {
                    let before = try await plan(baseline)
                    pair = Pair(baseline: before, candidate: try await plan(runner))
                } else {
                    let after = try await plan(runner)
                    pair = Pair(baseline: try await plan(baseline), candidate: after)
                }
                FileHandle.standardError.write(Data((Self.line(repetition + 1, pair) + "\n").utf8))
                pairs.append(pair)
            }
            await server.stop()
            return pairs
        } catch {
            await server.stop()
            throw error
        }
    }

    static func line(_ number: Int, _ pair: Pair) -> String {
        let before = pair.baseline.cpuSeconds ?? 0
        let after = pair.candidate.cpuSeconds ?? 0
        return String(
            format: "| %d | %.2f | %.2f | %.2f | %.2fx | %.2fx |", number, before, after,
            before > 0 ? after / before : 0,
            pair.baseline.ratio, pair.candidate.ratio)
    }

    /// One row per repetition, then the medians and the ratio of the median CPU times.
    static func table(_ pairs: [Pair]) -> String {
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return 0 }
            let middle = sorted.count / 2
            return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
        }
        let before = median(pairs.map { $0.baseline.cpuSeconds ?? 0 })
        let after = median(pairs.map { $0.candidate.cpuSeconds ?? 0 })
        let medianRow = String(
            format: "| median | %.2f | %.2f | **%.2f** | %.2fx | %.2fx |", before, after,
            before > 0 ? after / before : 0,
            median(pairs.map(\.baseline.ratio)), median(pairs.map(\.candidate.ratio)))
        return
            ([
                "| run | baseline CPU s | this build CPU s | this ÷ baseline | baseline wall / ideal | this wall / ideal |",
                "|---|--:|--:|--:|--:|--:|",
            ] + pairs.enumerated().map { line($0.offset + 1, $0.element) } + [medianRow]).joined(separator: "\n")
    }
}
