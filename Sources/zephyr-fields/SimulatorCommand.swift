import ArgumentParser
import Foundation
import ZephyrClient
import ZephyrDomain
import ZephyrSimulator

/// `zephyr-fields simulator`: serves the in-memory Zephyr over HTTP until interrupted.
struct SimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulator",
        abstract: "Run a simulated Zephyr Squad server for trying the tool out and for tests."
    )

    @Option(help: "Port to listen on (0 picks a free one).") var port = 8089
    @Option(help: "Address to bind.") var host = "127.0.0.1"
    @Option(help: "JSON file holding the server state; loaded if present, saved on every change.") var state: String?
    @Option(help: "Projects to seed when starting without a state file.") var projects = SimulatorState
        .defaultProjectCount
    @Option(help: "Milliseconds added to every request.") var latency = 0
    @Option(help: "Probability (0...1) that a request fails with an injected fault.") var faultRate = 0.0
    @Option(help: "Seed for the fault generator.") var seed: UInt64 = 0
    @Option(help: "Milliseconds a deleted field or option stays visible.") var deleteDelay = 250
    @Option(help: "Verb of the enable/disable call: delete (documented) or put (older builds).") var enableVerb =
        "delete"
    @Flag(help: "Answer 404 to bulk deletes, like builds without delete-customfields.") var noBulkDelete = false
    @Option(help: "Which product to simulate: squad or enterprise.") var flavor = "squad"
    @Flag(help: "Enterprise: send lists as {\"results\": [...]}, like ZE 8.1+ may.") var wrapLists = false
    @Option(help: "Enterprise: what PUT /field does: methodNotAllowed, notFound or accepted.") var fieldUpdate =
        "methodNotAllowed"
    @Option(
        help: "Enterprise: a missing preference answers noContent, emptyBody, nullValue, emptyObject or serverError.")
    var missingPreference = "noContent"
    @Option(help: "Enterprise: option usage answers boolean, count or object.") var usageShape = "boolean"
    @Option(help: "Enterprise: probability (0...1) of an \"is locked\" answer.") var lockedRate = 0.0
    @Option(
        help: ArgumentHelp(
            "Rate-limit requests like Jira Data Center, e.g. 20/s (429 when exceeded).", valueName: "rate"))
    var rateLimit: String?
    @Option(help: "Requests allowed in one burst under --rate-limit (default: one second's worth).") var burst: Int?
    @Flag(help: "Under --rate-limit, answer a bare 429: no X-RateLimit headers, no Retry-After.")
    var noRateLimitHeaders = false

    private var rateLimitProfile: RateLimitProfile? {
        rateLimit.flatMap { RateLimitProfile(rate: $0, burst: burst, headers: !noRateLimitHeaders) }
    }

    func validate() throws {
        guard (0...1).contains(faultRate) else { throw ValidationError("--fault-rate must be between 0 and 1.") }
        guard projects >= 0 else { throw ValidationError("--projects must not be negative.") }
        guard EnableVerb(rawValue: enableVerb) != nil else {
            throw ValidationError("--enable-verb must be delete or put.")
        }
        guard ServerFlavor(rawValue: flavor) != nil else {
            throw ValidationError("--flavor must be squad or enterprise.")
        }
        guard enterpriseOptions != nil else {
            throw ValidationError(
                "--field-update, --missing-preference or --usage-shape has a value not listed in --help.")
        }
        guard (0...1).contains(lockedRate) else { throw ValidationError("--locked-rate must be between 0 and 1.") }
        if rateLimit != nil, rateLimitProfile == nil {
            throw ValidationError(
                "--rate-limit must be a positive number of requests per second, e.g. 20/s, and --burst at least 1.")
        }
    }

    func run() async throws {
        try await runCommand {
            let options = SimulatorOptions(
                deleteDelayMilliseconds: deleteDelay, enableVerb: EnableVerb(rawValue: enableVerb) ?? .delete,
                bulkDeleteAvailable: !noBulkDelete, flavor: ServerFlavor(rawValue: flavor) ?? .squad,
                latencyMilliseconds: latency, faultRate: faultRate, seed: seed,
                enterprise: enterpriseOptions ?? .init(),
                rateLimit: rateLimitProfile
            )
            if let warning = SimulatorExposure.warning(forHost: host) { Output.warn(warning) }
            // Held until the server stops: an embedded simulator on the same file is refused meanwhile.
            let lock = try state.map { try StateFileLock(statePath: $0) }
            let initial = try state.flatMap(StateFile.load(path:)) ?? .seeded(projectCount: projects)
            let simulator = ZephyrSimulator(state: initial, options: options)
            if let state { try await simulator.persist(to: state, force: true) }
            let server = try await SimulatorHTTPServer.start(
                simulator: simulator, host: host, port: port, statePath: state, stopOnSignals: true
            )
            let banner =
                "Zephyr simulator listening on \(server.baseURL) (users admin/admin, viewer/viewer; token admin-token)\n"
            // Unbuffered: scripts wait for this line, and print() would leave it in a pipe buffer.
            FileHandle.standardOutput.write(Data(banner.utf8))
            await server.waitUntilStopped()
            withExtendedLifetime(lock) {}
            return Exit.success
        }
    }

    /// The Enterprise switches, or nil when one is misspelled.
    private var enterpriseOptions: EnterpriseSimulatorOptions? {
        typealias Options = EnterpriseSimulatorOptions
        guard let update = Options.FieldUpdate(rawValue: fieldUpdate),
            let missing = Options.MissingPreference(rawValue: missingPreference),
            let usage = Options.UsageShape(rawValue: usageShape)
        else { return nil }
        return Options(
            wrapLists: wrapLists, fieldUpdate: update, missingPreference: missing, usageShape: usage,
            lockedFaultRate: lockedRate)
    }
}
