import ArgumentParser
import Foundation
import Reconciler
import ZephyrBackends

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what apply would change on the server.",
        discussion: """
            Reads the YAML, reads the server, and prints the changes. Exit codes: 0 no changes (or \
            changes without --detailed-exitcode), 2 changes present with --detailed-exitcode, 3 the plan \
            breaks a safety rule (it is still shown), 1 error.
            """
    )

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var color: ColorOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Save the plan for `apply --plan FILE`.", valueName: "file"))
    var out: String?

    @Flag(name: .customLong("detailed-exitcode"), help: "Exit 2 when there are changes.")
    var detailedExitcode = false

    func run() async throws {
        try await runCommand {
            let spec = try loadSpec(planning.resolvedPaths, flavor: self.connection.flavorChoice)
            let progress = ProgressTracker()
            let (result, server) = try await Output.showingProgress(progress) {
                try await BackendConnection.using(
                    self.connection.settings(configured: spec.settings.flavor), warn: Output.warn
                ) { connection in
                    (
                        try await connection.reconciliation(planning, self.connection, progress: progress).plan(spec),
                        connection.server
                    )
                }
            }
            Output.out(format.renderer(color: Output.useColor(color)).render(result.plan, kind: .plan))
            if result.plan.isBlocked {
                // A blocked plan can never be applied: saving it would only invite a dead end.
                if let out { Output.error("The plan is blocked by a safety rule, so it was not saved to \(out).") }
                return Exit.blocked
            }
            if let out {
                let saved = result.saved(
                    toolVersion: ZephyrFields.version, server: server, settings: spec.settings,
                    options: planning.planOptions)
                do { try saved.encoded().write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
                    throw CommandFailure("cannot write the plan to \(out): \(error.localizedDescription)")
                }
                let paths = planning.paths.map { " \($0)" }.joined()
                Output.error("Saved the plan to \(out); apply it with: zephyr-fields apply --plan \(out)\(paths)")
            }
            return detailedExitcode && result.plan.hasChanges ? Exit.changes : Exit.success
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
