import Foundation

/// Why a set of YAML files could not be turned into a `Spec`.
package enum SpecError: Error, LocalizedError, Sendable {
    /// Every problem found, sorted; nothing may be sent to a server.
    case invalid([Diagnostic])

    package var diagnostics: [Diagnostic] {
        switch self {
        case .invalid(let diagnostics): diagnostics
        }
    }

    package var errorDescription: String? {
        let errors = diagnostics.count
        return "the configuration has \(errors) error\(errors == 1 ? "" : "s"); nothing was sent to the server."
    }
}
