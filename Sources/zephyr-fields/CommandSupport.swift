import ArgumentParser
import FieldSpec
import Foundation
import Reconciler
import ZephyrBackends

/// The documented exit codes (README "Exit codes").
enum Exit {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let changes: Int32 = 2
    static let blocked: Int32 = 3
    static let interrupted: Int32 = 130
}

enum Output {
    /// Writes to standard error (diagnostics, progress), keeping standard output for the report.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A warning on standard error, as one line.
    @Sendable static func warn(_ text: String) {
        error(text)
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Progress on standard error: a live line on a terminal (unless `live` is false), and a
    /// line every 10 seconds elsewhere, so CI logs never go silent.
    static func progressTicker(_ tracker: ProgressTracker, live: Bool = true) -> ProgressTicker {
        let terminal = isatty(STDERR_FILENO) == 1
        let style: ProgressTicker.Style = terminal && live ? .live : .periodic(interval: .seconds(10))
        return ProgressTicker(tracker, style: style) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// Runs `body` with progress shown on standard error until it ends.
    static func showingProgress<T>(_ tracker: ProgressTracker, _ body: () async throws -> T) async throws -> T {
        let ticker = progressTicker(tracker)
        do {
            let result = try await body()
            await ticker.stop()
            return result
        } catch {
            await ticker.stop()
            throw error
        }
    }

    /// Colour only on a terminal, never with --no-color or NO_COLOR.
    static func useColor(_ options: ColorOptions) -> Bool {
        !options.noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }
}

/// Runs a command body, turning every failure into one `error:` sentence and a documented exit
/// code instead of a stack trace. The body returns the exit code.
func runCommand(_ body: () async throws -> Int32) async throws {
    let code: Int32
    do {
        code = try await body()
    } catch let error as SpecError {
        for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
        Output.error("error: \(error.errorDescription ?? "invalid configuration")")
        code = Exit.failure
    } catch let error as ExitCode {
        throw error
    } catch {
        let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        Output.error(message.hasPrefix("error:") || message.contains(": error: ") ? message : "error: \(message)")
        code = Exit.failure
    }
    if code != Exit.success { throw ExitCode(code) }
}

/// Loads and validates the YAML; nothing touches the server when it is invalid.
/// Loads the configuration; a product named by `--flavor` or `ZEPHYR_FLAVOR` must agree with
/// the one its settings declare (the loader reports where they disagree).
func loadSpec(_ paths: [String], flavor choice: FlavorChoice? = nil) throws -> Spec {
    try SpecLoader().load(paths: paths, flavor: choice)
}

/// A failure the command reports as one sentence on standard error, exiting 1.
struct CommandFailure: Error, LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}

extension BackendConnection {
    /// The library's lifecycle for this connection with the command's planning switches.
    func reconciliation(_ planning: PlanningOptions, _ options: ConnectionOptions, progress: ProgressTracker)
        -> Reconciliation
    {
        Reconciliation(
            backend: backend, options: planning.planOptions, parallelism: options.parallelism, progress: progress)
    }
}
