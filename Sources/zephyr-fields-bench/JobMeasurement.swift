/// Which client ran a job.
enum BenchClient: String, Sendable, Codable {
    /// The `zephyr-fields` binary, spawned as a child process.
    case tool = "zephyr-fields"
    /// The sequential baseline built into the harness.
    case naive
}

/// One measured job: what it cost in round trips, time and resources.
struct JobMeasurement: Sendable, Codable {
    var client: BenchClient
    /// `plan`, `apply` or `drift`, with the config it ran on, e.g. `plan current`.
    var job: String
    var projects: Int
    var parallelism: Int
    var latencyMilliseconds: Int
    /// nil for the in-process naive client.
    var exitCode: Int32?
    var wallSeconds: Double
    /// Requests the simulator saw, keyed by `METHOD /route/template`.
    var requestsByRoute: [String: Int]
    var requests: Int
    var reads: Int
    var writes: Int
    /// requests / parallelism × latency: the time the round trips need at best.
    var idealSeconds: Double
    /// wall / ideal: 1.0 is the latency limit, more is overhead.
    var ratio: Double
    /// The child's user + system CPU; nil for the in-process naive client.
    var cpuSeconds: Double?
    var peakRSSMegabytes: Double?

    init(
        client: BenchClient, job: String, projects: Int, parallelism: Int, latencyMilliseconds: Int,
        wallSeconds: Double, requestsByRoute: [String: Int], usage: ChildUsage?
    ) {
        self.client = client
        self.job = job
        self.projects = projects
        self.parallelism = parallelism
        self.latencyMilliseconds = latencyMilliseconds
        self.wallSeconds = wallSeconds
        self.requestsByRoute = requestsByRoute
        requests = requestsByRoute.values.reduce(0, +)
        reads = requestsByRoute.filter { $0.key.hasPrefix("GET ") }.values.reduce(0, +)
        writes = requests - reads
        idealSeconds = Double(requests) / Double(max(1, parallelism)) * Double(latencyMilliseconds) / 1000
        ratio = idealSeconds > 0 ? wallSeconds / idealSeconds : 0
        exitCode = usage?.exitCode
        cpuSeconds = usage?.cpuSeconds
        peakRSSMegabytes = usage.map { Double($0.peakRSSBytes) / 1_048_576 }
    }

    /// Reads beyond 2 per project: the constant part of the read count.
    var readOverhead: Int { reads - 2 * projects }
}
