import FieldSpec
import Foundation
import ZephyrClient

/// Failures of planning and applying that are not YAML problems.
public enum ReconcilerError: Error, LocalizedError, Sendable {
    case unknownProject(reference: String, location: SourceLocation)
    case unknownProjectFilter(String)
    case server(ZephyrError)
    case stalePlan(expected: String, actual: String)
    case unreadablePlan(path: String, reason: String)
    case planBlocked(count: Int)
    /// `export` cannot give each file its own visible name (issue 15).
    case exportFileConflict(String)

    public var errorDescription: String? {
        switch self {
        case let .unknownProject(reference, location):
            "\(location): error: project \(reference) does not exist on the server (or the user cannot see it)."
        case let .unknownProjectFilter(key):
            "--project \(key) names no project in the configuration files."
        case let .server(error):
            error.errorDescription
        case .stalePlan:
            "the saved plan is stale: the server changed since it was made; nothing was applied. Run plan again."
        case let .unreadablePlan(path, reason):
            "cannot read the saved plan \(path): \(reason)."
        case let .planBlocked(count):
            "the plan is blocked by \(count) safety rule\(count == 1 ? "" : "s"); nothing was applied."
        case let .exportFileConflict(reason):
            "export cannot give every project its own file: \(reason); nothing was written. "
                + "Export the projects separately with --project KEY and a different --out-dir."
        }
    }
}
