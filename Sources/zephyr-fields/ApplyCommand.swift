import ArgumentParser
import FieldSpec
import Reconciler
import ZephyrBackends

struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Make the server match the YAML (or apply a saved plan).",
        discussion: """
            Plans, shows the plan, and asks for `yes` on a terminal; without a terminal it needs \
            --auto-approve. `apply --plan FILE [PATH...]` applies a plan saved by `plan --out FILE` \
            without asking, but only if planning the configuration in PATH again (with the flags the \
            plan was made with) against the server gives exactly that plan. \
            Exit codes: 0 applied or nothing to do, 1 error or partial failure (re-running converges), \
            3 the plan breaks a safety rule, 130 interrupted (calls in flight finish first).
            """
    )

    enum EventFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var color: ColorOptions

    @Option(
        name: .customLong("plan"),
        help: ArgumentHelp(
            "Apply this saved plan, after proving it is what the YAML asks for on the server now.", valueName: "file"))
    var planFile: String?

    @Flag(name: .customLong("auto-approve"), help: "Do not ask for confirmation.")
    var autoApprove = false

    @Option(help: "Progress format: text, or json (one event per line, for CI logs).")
    var format: EventFormat = .text

    func validate() throws {
        if planFile != nil, planning.planOptions != PlanOptions() {
            throw ValidationError(
                "--plan FILE applies the plan with the flags it was made with; pass --allow-replace, --allow-delete, --force, --allow-removing-used-options or --project to `plan --out` instead."
            )
        }
    }

    func run() async throws {
        try await runCommand {
            let saved = try planFile.map(SavedPlan.read(path:))
            let spec = try loadSpec(planning.resolvedPaths, flavor: self.connection.flavorChoice)
            let progress = ProgressTracker()
            let reporter = ApplyReporter(
                json: format == .json, color: Output.useColor(color), askForConfirmation: !autoApprove,
                tracker: progress)
            let outcome = try await BackendConnection.using(
                self.connection.settings(configured: spec.settings.flavor), warn: Output.warn
            ) { connection in
                let source: ApplySource =
                    saved.map { .savedPlan($0, configuration: spec, server: connection.server) } ?? .configuration(spec)
                do {
                    return try await connection.reconciliation(planning, self.connection, progress: progress).apply(
                        source, observer: reporter)
                } catch {
                    await reporter.stopTicker()
                    throw error
                }
            }
            switch outcome {
            case .blocked(let plan):
                Output.error(
                    "error: \(ReconcilerError.planBlocked(count: plan.blockedBy.count).errorDescription ?? "")")
                return Exit.blocked
            case .noChanges: return Exit.success
            case .declined: return Exit.failure
            case .applied(let result):
                if result.interrupted { return Exit.interrupted }
                return result.succeeded ? Exit.success : Exit.failure
            }
        }
    }
}
