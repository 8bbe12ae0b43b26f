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
        --auto-approve. `apply --plan FILE` applies a plan saved by `plan --out FILE` without \
        asking, but only if the server still matches the state the plan was made from. \
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

    @Option(name: .customLong("plan"), help: ArgumentHelp("Apply this saved plan instead of planning anew.", valueName: "file"))
    var planFile: String?

    @Flag(name: .customLong("auto-approve"), help: "Do not ask for confirmation.")
    var autoApprove = false

    @Option(help: "Progress format: text, or json (one event per line, for CI logs).")
    var format: EventFormat = .text

    func validate() throws {
        if planFile != nil, !planning.paths.isEmpty {
            throw ValidationError("pass YAML paths or --plan FILE, not both.")
        }
    }

    func run() async throws {
        try await runCommand {
            let source: ApplySource = try planFile.map { .savedPlan(try SavedPlan.read(path: $0)) }
                ?? .configuration(loadSpec(planning.resolvedPaths))
            let reporter = ApplyReporter(json: format == .json, color: Output.useColor(color), askForConfirmation: !autoApprove)
            let outcome = try await BackendConnection.using(connection.settings) { connection in
                try await connection.reconciliation(planning, self.connection).apply(source, observer: reporter)
            }
            switch outcome {
            case .blocked(let plan):
                Output.error("error: \(ReconcilerError.planBlocked(count: plan.blockedBy.count).errorDescription ?? "")")
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
