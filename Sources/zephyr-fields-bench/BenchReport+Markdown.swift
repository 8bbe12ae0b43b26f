import Foundation

extension BenchReport {
    /// The tables printed to standard output; the body of `docs/benchmarks.md`.
    var markdownTables: String {
        var lines: [String] = []
        lines += [
            "### zephyr-fields at \(projects) projects, \(latencyMilliseconds) ms latency, parallelism \(parallelism)",
            "",
        ]
        lines += jobTable(tool)
        if !naive.isEmpty {
            lines += ["", "### Against the naive sequential client", ""]
            lines += naiveTable()
        }
        if !scaling.isEmpty {
            lines += ["", "### Scaling (plan of the target config with its changes; drift of the current config)", ""]
            lines += scalingTable()
        }
        lines += ["", "### Requests by route (zephyr-fields, \(projects) projects)", ""]
        lines += routeTable()
        lines += ["", "### Targets", ""]
        lines += ["| Target | Measured | Met |", "|---|---|---|"]
        lines += targets.map { "| \($0.target) | \($0.measured) | \($0.met ? "yes" : "**no**") |" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func jobTable(_ jobs: [JobMeasurement]) -> [String] {
        var lines = [
            "| Job | Requests | Reads (2P + k) | Writes | Ideal s | Wall s | **Wall / ideal** | CPU s | Peak RSS MB | Exit |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for job in jobs {
            lines.append(
                "| \(job.job) | \(job.requests) | 2P + \(job.readOverhead) | \(job.writes) | \(f2(job.idealSeconds)) | \(f2(job.wallSeconds)) | **\(f2(job.ratio))x** | \(job.cpuSeconds.map(f2) ?? "–") | \(job.peakRSSMegabytes.map(f0) ?? "–") | \(job.exitCode.map(String.init) ?? "–") |"
            )
        }
        return lines
    }

    private func naiveTable() -> [String] {
        var lines = [
            "| Job | Naive requests | Naive wall s | zephyr-fields requests | zephyr-fields wall s | **Speed-up** |",
            "|---|--:|--:|--:|--:|--:|",
        ]
        for baseline in naive {
            guard let ours = tool.first(where: { $0.job == baseline.job }) else { continue }
            lines.append(
                "| \(baseline.job) | \(baseline.requests) | \(f2(baseline.wallSeconds)) | \(ours.requests) | \(f2(ours.wallSeconds)) | **\(f1(baseline.wallSeconds / ours.wallSeconds))x** |"
            )
        }
        return lines
    }

    private func scalingTable() -> [String] {
        var lines = [
            "| Projects | Job | Requests | Reads (2P + k) | Ideal s | Wall s | **Wall / ideal** | CPU s | CPU ms / project | Peak RSS MB |",
            "|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for job in scaling {
            let perProject = job.cpuSeconds.map { f2($0 * 1000 / Double(max(1, job.projects))) } ?? "–"
            lines.append(
                "| \(job.projects) | \(job.job) | \(job.requests) | 2P + \(job.readOverhead) | \(f2(job.idealSeconds)) | \(f2(job.wallSeconds)) | **\(f2(job.ratio))x** | \(job.cpuSeconds.map(f2) ?? "–") | \(perProject) | \(job.peakRSSMegabytes.map(f0) ?? "–") |"
            )
        }
        return lines
    }

    private func routeTable() -> [String] {
        let routes = Set(tool.flatMap(\.requestsByRoute.keys)).sorted()
        var lines = ["| Route | " + tool.map(\.job).joined(separator: " | ") + " |"]
        lines.append("|---|" + String(repeating: "--:|", count: tool.count))
        for route in routes {
            lines.append(
                "| `\(route)` | " + tool.map { String($0.requestsByRoute[route] ?? 0) }.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// The whole `docs/benchmarks.md`.
    func markdownDocument(interpretation: String) -> String {
        """
        # Benchmarks

        Performance of this tool is round trips: every read and change is an HTTP request to a
        Jira server that may be far away. The harness (`Sources/zephyr-fields-bench`) serves the
        simulator over loopback HTTP with an injected latency per request, runs the release
        `zephyr-fields` binary against it as a child process, and compares the wall time with
        the limit set by latency and parallelism: **ideal = requests / parallelism × latency**.
        A wall / ideal ratio of 1.0 is that limit; compare ratios, not seconds — the machines
        are shared and noisy. CPU and peak RSS are the child's own (`wait4`), not the harness's.

        - Date: \(date)
        - Machine: `\(machine.system)`, \(machine.processors) processors, \(f1(machine.memoryGigabytes)) GB memory
        - Command: `\(command)`
        - Scenario: \(projects) projects; 19 EXECUTION + 4 TESTSTEP fields (the server's limits),
          18 enabled in every project, 5 nowhere. `current/` lists the 18 per project, `target/`
          all 23, so `apply target` enables 5 fields in every project. The naive client reads
          per project and entity type (the global list and the project's enabled list) and
          sends one toggle per missing field, one request at a time, over the same HTTP stack.

        \(markdownTables)
        ## Interpretation

        \(interpretation)

        """
    }
}

private func f0(_ value: Double) -> String { String(format: "%.0f", value) }
private func f1(_ value: Double) -> String { String(format: "%.1f", value) }
private func f2(_ value: Double) -> String { String(format: "%.2f", value) }
