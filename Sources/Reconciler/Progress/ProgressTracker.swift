import Synchronization

/// How far the current phase of a run has got (reading the server, applying), counted by the
/// stage doing the work and shown by the caller: one mechanism for every long run.
package final class ProgressTracker: Sendable {
    package struct Snapshot: Sendable, Hashable {
        /// What is happening, e.g. "Reading the server"; empty before the first phase.
        package var phase: String
        /// What the count counts, e.g. "requests".
        package var unit: String
        package var done: Int
        package var total: Int
    }

    private let state = Mutex(Snapshot(phase: "", unit: "", done: 0, total: 0))

    package init() {}

    /// Starts a phase of `total` steps.
    package func begin(_ phase: String, unit: String, total: Int) {
        state.withLock { $0 = Snapshot(phase: phase, unit: unit, done: 0, total: total) }
    }

    /// The phase turned out to need `more` steps (known only after its first reads).
    package func extend(by more: Int) {
        state.withLock { $0.total += more }
    }

    package func advance() {
        state.withLock { $0.done = min($0.done + 1, $0.total) }
    }

    package var snapshot: Snapshot { state.withLock { $0 } }
}
