import Foundation

extension BenchReport {
    /// A few sentences read off the numbers; hand-written analysis goes under "## Notes",
    /// which `--write` keeps.
    var interpretation: String {
        var parts: [String] = []
        let missed = targets.filter { !$0.met }
        parts.append(
            missed.isEmpty
                ? "All \(targets.count) targets are met."
                : "\(targets.count - missed.count) of \(targets.count) targets are met; missed: "
                    + missed.map { "\($0.target) (\($0.measured))" }.joined(separator: "; ") + ".")
        if let plan = tool.first {
            parts.append(
                String(
                    format:
                        "Reading costs 2 requests per project plus %d (the project list and one global list per entity type); at parallelism %d the plan takes %.2fx the time its round trips need at best.",
                    plan.readOverhead, parallelism, plan.ratio))
        }
        if let apply = tool.first(where: { $0.job.hasPrefix("apply") }) {
            parts.append(
                String(
                    format:
                        "Apply sends exactly one request per change (%d toggles) after the plan's %d reads, at %.2fx ideal.",
                    apply.writes, apply.reads, apply.ratio))
        }
        let speedUps = naive.compactMap { baseline in
            tool.first { $0.job == baseline.job }.map { baseline.wallSeconds / $0.wallSeconds }
        }
        if let low = speedUps.min(), let high = speedUps.max() {
            parts.append(
                String(
                    format:
                        "Against the naive script the tool is %.1fx to %.1fx faster: about %.0fx from parallelism and the rest from sending fewer requests (the script re-reads the global lists for every project).",
                    low, high, Double(parallelism)))
        }
        let drifts = scaling.filter { $0.job.hasPrefix("drift") }
        if let small = drifts.first, let large = drifts.last, large.projects > small.projects,
            let smallCPU = small.cpuSeconds, let largeCPU = large.cpuSeconds
        {
            parts.append(
                String(
                    format:
                        "From %d to %d projects the drift's CPU grows %.1fx for %.0fx the projects, peak RSS from %.0f to %.0f MB.",
                    small.projects, large.projects, largeCPU / max(smallCPU, 0.001),
                    Double(large.projects) / Double(small.projects),
                    small.peakRSSMegabytes ?? 0, large.peakRSSMegabytes ?? 0))
        }
        return parts.joined(separator: " ")
    }
}
