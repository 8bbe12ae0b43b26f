import Synchronization

/// How far the current phase of a run has got (reading the server, applying), counted by the
/// stage doing the work and shown by the caller: one mechanism for every long run.
public final class ProgressTracker: Sendable {
    public struct Snapshot: Sendable, Hashable {
        /// What is happening, e.g. "Reading the server"; empty before the first phase.
        public var phase: String
        /// What the count counts, e.g. "requests".
        public var unit: String
        public var done: Int
        public var total: Int
    }

    private let state = Mutex(Snapshot(phase: "", unit: "", done: 0, total: 0))

    public init() {}

    /// Starts a phase of `total` steps.
    public func begin(_ phase: String, unit: String, total: Int) {
        state.withLock { $0 = Snapshot(phase: phase, unit: unit, done: 0, total: total) }
    }

    public func advance() {
        state.withLock { $0.done = min($0.done + 1, $0.total) }
    }

    public var snapshot: Snapshot { state.withLock { $0 } }
}
