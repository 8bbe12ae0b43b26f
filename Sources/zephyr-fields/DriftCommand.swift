import ArgumentParser
import Reconciler
import ZephyrBackends

struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Report where the server differs from the YAML (for a nightly job).",
        discussion:
            "Exit codes: 0 in sync, 2 drift found (changes to apply, or manual steps not yet made), 1 error. Changes nothing."
    )

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var color: ColorOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    func run() async throws {
        try await runCommand {
            let spec = try loadSpec(planning.resolvedPaths, flavor: self.connection.flavorChoice)
            let progress = ProgressTracker()
            let result = try await Output.showingProgress(progress) {
                try await BackendConnection.using(
                    self.connection.settings(configured: spec.settings.flavor), warn: Output.warn
                ) { connection in
                    try await connection.reconciliation(planning, self.connection, progress: progress).plan(spec)
                }
            }
            Output.out(format.renderer(color: Output.useColor(color)).render(result.plan, kind: .drift))
            // Outstanding manual steps are drift too: the server still differs from the files.
            return result.plan.differsFromConfiguration ? Exit.changes : Exit.success
        }
    }
}
