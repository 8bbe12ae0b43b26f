import ArgumentParser
import FieldSpec
import Foundation
import Reconciler
import ZephyrDomain

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
            let reporter = ApplyReporter(json: format == .json, color: Output.useColor(color))
            let spec = try planFile == nil ? loadSpec(planning.resolvedPaths) : nil
            return try await Connection.using(connection) { connection in
                let session = PlanSession(api: connection.api, parallelism: self.connection.parallelism, options: planning.planOptions)
                let plan: Plan, remote: RemoteState, limits: [EntityType: Int]
                if let planFile {
                    let saved = try SavedPlan.read(path: planFile)
                    remote = try await session.verify(saved)
                    (plan, limits) = (saved.plan, saved.limits)
                } else if let spec {
                    let result = try await session.plan(spec)
                    (plan, remote, limits) = (result.plan, result.remote, spec.settings.fieldLimits)
                } else {
                    return Exit.failure
                }
                reporter.showPlan(plan)
                if plan.isBlocked {
                    Output.error("error: \(ReconcilerError.planBlocked(count: plan.blockedBy.count).errorDescription ?? "")")
                    return Exit.blocked
                }
                guard plan.hasChanges else { return Exit.success }
                if planFile == nil, !autoApprove, try !Approval.ask() { return Exit.failure }

                let cancellation = CancellationFlag()
                let interrupt = InterruptHandler { cancellation.cancel(); reporter.interrupted() }
                let result = await Applier(api: connection.api, parallelism: self.connection.parallelism)
                    .apply(plan, remote: remote, limits: limits, cancellation: cancellation, progress: reporter.progress)
                interrupt.stop()
                reporter.finish(result)
                if result.interrupted { return Exit.interrupted }
                return result.succeeded ? Exit.success : Exit.failure
            }
        }
    }
}
