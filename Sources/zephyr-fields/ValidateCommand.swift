import ArgumentParser
import FieldSpec
import Foundation
import ZephyrDomain

/// `zephyr-fields validate`: the offline check of the YAML files, for editors, hooks and CI.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check field spec YAML files without contacting a server.",
        discussion: """
            Loads every .yaml/.yml file under the given paths (recursively; hidden files and \
            directories are skipped) and reports every problem at once as \
            path:line:col: error: message. Exit status: 0 when valid, 1 when not.
            The product the files are for comes from their settings (flavor: squad or \
            enterprise), else --flavor, else $ZEPHYR_FLAVOR, else squad; settings that say \
            otherwise than --flavor or $ZEPHYR_FLAVOR are an error.
            See docs/yaml-reference.md for the format.
            """
    )

    @Argument(help: "YAML files or directories to check.")
    var paths: [String] = ["."]

    @Option(
        help:
            "Product the files are for: squad or enterprise (default: $ZEPHYR_FLAVOR); must agree with the settings' flavor."
    )
    var flavor: ServerFlavor?

    @OptionGroup var color: ColorOptions

    func validate() throws {
        _ = try flavorChoice()
    }

    func run() throws {
        let choice = try flavorChoice()
        do {
            let spec = try SpecLoader().load(paths: paths, flavor: choice)
            print(ValidationReport.summary(of: spec))
        } catch {
            FileHandle.standardError.write(Data((ValidationReport.failure(error.diagnostics) + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// `--flavor`, else `ZEPHYR_FLAVOR`; a variable naming no flavor is a usage error (exit 64),
    /// checked in `validate()` so ArgumentParser prints this command's usage with it.
    private func flavorChoice() throws -> FlavorChoice? {
        do {
            return try FlavorChoice.choose(option: flavor, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError("\(error.description).")
        }
    }
}
