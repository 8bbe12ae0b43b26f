import ArgumentParser
import Foundation
import ZephyrClient

@main
struct ZephyrFields: AsyncParsableCommand {
    /// Before parsing: a crash must not print memory (and so credentials) into a CI log.
    static func main() async {
        CrashReport.install(environment: ProcessInfo.processInfo.environment)
        AsyncHTTPTransport.runConcurrencyOnEventLoops()
        await Self.main(nil)
    }

    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "zephyr-fields",
        abstract: "Manage Zephyr custom fields as code.",
        discussion:
            "Exit codes: 0 success or no changes, 1 error, 2 changes present, 3 plan blocked by a safety rule, 64 usage, 130 interrupted.",
        version: "zephyr-fields \(version) (\(BuildInfo.commit))",
        subcommands: [
            ValidateCommand.self, PlanCommand.self, ApplyCommand.self, DriftCommand.self, ExportCommand.self,
            SimulatorCommand.self,
        ]
    )
}
