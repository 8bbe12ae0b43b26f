/// Everything one benchmark run measured, as written to `docs/benchmarks.json`.
struct BenchReport: Sendable, Codable {
    var date: String
    var command: String
    var machine: MachineInfo
    var projects: Int
    var latencyMilliseconds: Int
    var parallelism: Int
    /// plan, apply and drift by the tool at `projects`.
    var tool: [JobMeasurement]
    /// The same jobs by the sequential baseline; empty with `--skip-naive`.
    var naive: [JobMeasurement]
    /// plan and drift by the tool at each `--scaling` project count.
    var scaling: [JobMeasurement]
    var targets: [TargetCheck]
}

/// One target from the issue, checked against the measurements.
struct TargetCheck: Sendable, Codable {
    var target: String
    var met: Bool
    var measured: String
}

extension BenchReport {
    /// Checks the targets of PRODUCT.md section 6 and the benchmark issue.
    static func checks(tool: [JobMeasurement], naive: [JobMeasurement], writesWanted: Int) -> [TargetCheck] {
        var checks: [TargetCheck] = []
        for job in tool {
            let command = job.job.split(separator: " ").first.map(String.init) ?? job.job
            let isApply = command == "apply"
            checks.append(
                TargetCheck(
                    target: "\(job.job): at most 2 reads per project plus a constant",
                    met: job.readOverhead <= 10,
                    measured: "\(job.reads) reads = 2 × \(job.projects) + \(job.readOverhead)"))
            if isApply {
                checks.append(
                    TargetCheck(
                        target: "\(job.job): one request per change",
                        met: job.writes == writesWanted,
                        measured: "\(job.writes) writes for \(writesWanted) changes"))
            }
            checks.append(
                TargetCheck(
                    target: "\(job.job): wall within 1.5x of ideal",
                    met: job.ratio <= 1.5,
                    measured: String(format: "%.2fx (%.2f s / %.2f s)", job.ratio, job.wallSeconds, job.idealSeconds)))
            if !isApply, let cpu = job.cpuSeconds, let rss = job.peakRSSMegabytes {
                checks.append(
                    TargetCheck(
                        target: "\(job.job): CPU under 1 s, RSS under 100 MB",
                        met: cpu < 1 && rss < 100,
                        measured: String(format: "%.2f s CPU, %.0f MB", cpu, rss)))
            }
            if let baseline = naive.first(where: { $0.job == job.job }) {
                let speedUp = baseline.wallSeconds / job.wallSeconds
                checks.append(
                    TargetCheck(
                        target: "\(job.job): at least 5x faster than the naive client",
                        met: speedUp >= 5,
                        measured: String(
                            format: "%.1fx (%.1f s / %.2f s)", speedUp, baseline.wallSeconds, job.wallSeconds)))
            }
        }
        return checks
    }
}
