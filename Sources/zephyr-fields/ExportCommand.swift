import ArgumentParser
import Foundation
import Reconciler
import ZephyrBackends

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the server's fields as configuration files (to adopt an existing server).",
        discussion: """
            Writes definitions.yaml (every field once) and one file per project listing the fields \
            enabled there. `plan` on the result shows no changes. By default, projects with at least \
            one field enabled get a file; --all-projects writes one for every project.
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var color: ColorOptions

    @Option(
        name: .customLong("project"), help: ArgumentHelp("Only this project (key or id); repeatable.", valueName: "key")
    )
    var projects: [String] = []

    @Flag(name: .customLong("all-projects"), help: "Write a file for every project, even those with no field enabled.")
    var allProjects = false

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("Directory to write to.", valueName: "dir"))
    var outDir = "zephyr-fields"

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    func validate() throws {
        if allProjects, !projects.isEmpty { throw ValidationError("pass --project KEY or --all-projects, not both.") }
    }

    func run() async throws {
        try await runCommand {
            let progress = ProgressTracker()
            let files = try await Output.showingProgress(progress) {
                try await BackendConnection.using(self.connection.settings(), warn: Output.warn) { connection in
                    let stamp = ISO8601DateFormatter().string(from: Date())
                    let header = [
                        "Exported by zephyr-fields \(ZephyrFields.version) from \(SavedPlan.redacting(connection.server)) on \(stamp).",
                        "Review and commit; `zephyr-fields plan` on these files should show no changes.",
                    ]
                    return try await Reconciliation(
                        backend: connection.backend, parallelism: self.connection.parallelism, progress: progress
                    )
                    .export(projectKeys: projects, includeEmptyProjects: allProjects, header: header)
                }
            }
            try ExportedFile.write(files, to: outDir, overwrite: force)
            Output.out(ExportedFile.summary(files, directory: outDir))
            Output.out("Next: review them, then run `zephyr-fields plan \(outDir)`; it should show no changes.\n")
            return Exit.success
        }
    }
}
