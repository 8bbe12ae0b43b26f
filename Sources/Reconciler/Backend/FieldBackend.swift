import ZephyrDomain

/// A Zephyr server as the reconciler sees it: what it can do, how to read it, and how to run one
/// operation of an apply.
///
/// The planner and the applier talk only to this protocol and never name a product. Each
/// product (Zephyr Squad today) implements it in its own folder of the `ZephyrBackends` module;
/// `docs/architecture.md` walks through adding one. Implementations are used from many tasks
/// at once and must be safe for that.
package protocol FieldBackend: Sendable {
    /// What this server's API can do. The planner plans only these; the rest becomes manual steps.
    var capabilities: BackendCapabilities { get }

    /// Every project the user can see, read once, to resolve project files and `--project`.
    func projects() async throws(ReconcilerError) -> [ProjectRef]

    /// The server's fields and, for each of `projects`, which fields of `entities` are enabled
    /// there (enablement of other entities is nobody's concern in this run, so need not be read).
    /// Reports each finished request to `progress` (after `begin`), so long reads are visible.
    func readState(
        projects: [ProjectRef], entities: Set<EntityType>, progress: ProgressTracker
    ) async throws(ReconcilerError) -> RemoteState

    /// Refuses, before the first write, a plan the signed-in user lacks the rights for, naming
    /// the right; does nothing where the server cannot tell (the server then decides).
    func checkPermissions(for plan: Plan) async throws(ReconcilerError)

    /// The options `plan` removes that recorded values still use, by field. Only backends with
    /// the `optionUsage` capability can tell; the others return nothing.
    func optionsInUse(removedBy plan: Plan) async throws(ReconcilerError) -> [FieldKey: [String]]

    /// Runs one operation with the care the server needs (re-reading after an ambiguous failure
    /// instead of repeating a call that may have taken effect). Returns a note for the progress
    /// line, e.g. the id of a created field. Throws an error whose description is one sentence.
    func execute(_ operation: ApplyOperation, context: ApplyContext) async throws -> String?

    /// Releases connections; for the embedded simulator, saves its state. Called once.
    func close() async
}

extension FieldBackend {
    package func optionsInUse(removedBy plan: Plan) async throws(ReconcilerError) -> [FieldKey: [String]] { [:] }
}
