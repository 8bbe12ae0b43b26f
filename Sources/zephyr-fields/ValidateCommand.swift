import ArgumentParser
import FieldSpec
import Foundation

/// `zephyr-fields validate`: the offline check of the YAML files, for editors, hooks and CI.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check field spec YAML files without contacting a server.",
        discussion: """
            Loads every .yaml/.yml file under the given paths (recursively; hidden files and \
            directories are skipped) and reports every problem at once as \
            path:line:col: error: message. Exit status: 0 when valid, 1 when not.
            See docs/yaml-reference.md for the format.
            """
    )

    @Argument(help: "YAML files or directories to check.")
    var paths: [String] = ["."]

    @OptionGroup var color: ColorOptions

    func run() throws {
        do {
            let spec = try SpecLoader().load(paths: paths)
            print(ValidationReport.summary(of: spec))
        } catch {
            FileHandle.standardError.write(Data((ValidationReport.failure(error.diagnostics) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
