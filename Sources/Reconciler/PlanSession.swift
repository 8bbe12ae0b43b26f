import FieldSpec
import ZephyrClient
import ZephyrDomain

/// Everything one planning run produced, kept together so apply acts on exactly what was shown.
public struct PlanningResult: Sendable {
    public let projects: [ResolvedProject]
    public let remote: RemoteState
    public let plan: Plan
}

/// The pipeline from a loaded spec to a plan: resolve projects, read the server, diff.
public struct PlanSession: Sendable {
    let reader: StateReader
    let options: PlanOptions

    public init(api: any ZephyrFieldsAPI, parallelism: Int, options: PlanOptions) {
        self.reader = StateReader(api: api, parallelism: parallelism)
        self.options = options
    }

    public func plan(_ spec: Spec) async throws(ReconcilerError) -> PlanningResult {
        let projects = try await reader.resolve(spec.projects, filter: options.projectFilter)
        let selected = projects.filter { options.includes($0.ref) }
        let remote = try await reader.read(projects: selected.map(\.ref))
        let plan = Planner(options: options).plan(spec: spec, remote: remote, projects: selected)
        return PlanningResult(projects: selected, remote: remote, plan: plan)
    }

    /// Re-reads the state a saved plan was made from; throws `.stalePlan` if it changed.
    public func verify(_ saved: SavedPlan) async throws(ReconcilerError) -> RemoteState {
        let remote = try await reader.read(projects: saved.projects)
        guard remote.fingerprint == saved.fingerprint else {
            throw .stalePlan(expected: saved.fingerprint, actual: remote.fingerprint)
        }
        return remote
    }
}
