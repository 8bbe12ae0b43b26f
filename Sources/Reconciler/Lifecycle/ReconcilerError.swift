import FieldSpec
import Foundation
import ZephyrDomain

/// Failures of planning and applying that are not YAML problems.
package enum ReconcilerError: Error, LocalizedError, Sendable, Equatable {
    case unknownProject(reference: String, location: SourceLocation)
    case unknownProjectFilter(String)
    /// The server refused or failed a read or a call; the backend's one-sentence explanation.
    case server(String)
    case stalePlan(expected: String, actual: String)
    case unreadablePlan(path: String, reason: String)
    case planBlocked(count: Int)
    /// The saved plan is not what the configuration asks for on the server now.
    case planMismatch
    case planForAnotherServer(planned: String, current: String)
    case exportWouldOverwrite(directory: String, names: [String])
    case exportNotWritten(directory: String, reason: String)
    /// `export` cannot give each file its own visible name.
    case exportFileConflict(String)

    package var errorDescription: String? {
        switch self {
        case .unknownProject(let reference, let location):
            "\(location): error: project \(reference) does not exist on the server (or the user cannot see it)."
        case .unknownProjectFilter(let key):
            "--project \(key) names no project in the configuration files."
        case .server(let message):
            message
        case .stalePlan:
            "the saved plan is stale: the server changed since it was made; nothing was applied. Run plan again."
        case .unreadablePlan(let path, let reason):
            "cannot read the saved plan \(path): \(reason)."
        case .planBlocked(let count):
            "the plan is blocked by \(count) safety rule\(count == 1 ? "" : "s"); nothing was applied."
        case .planMismatch:
            "the saved plan is not what the configuration asks for on this server: the file was edited, or the configuration or the flags differ from when it was made; nothing was applied. Run plan again."
        case .planForAnotherServer(let planned, let current):
            "the saved plan was made for \(planned), not \(current); nothing was applied. Plan against \(current) to apply there."
        case .exportWouldOverwrite(let directory, let names):
            "\(names.count) file\(names.count == 1 ? "" : "s") already exist in \(directory) (\(names.prefix(3).joined(separator: ", "))\(names.count > 3 ? ", ..." : "")); nothing was written. Pass --force to overwrite."
        case .exportNotWritten(let directory, let reason):
            "cannot write to \(directory): \(reason)"
        case .exportFileConflict(let reason):
            "export cannot give every project its own file: \(reason); nothing was written. "
                + "Export the projects separately with --project KEY and a different --out-dir."
        }
    }
}
