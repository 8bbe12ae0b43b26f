import FieldSpec
import ZephyrDomain

/// Everything one planning run produced, kept together so apply acts on exactly what was shown.
package struct PlanningResult: Sendable {
    package let projects: [ResolvedProject]
    package let remote: RemoteState
    package let plan: Plan
}

/// Where the plan to apply comes from.
package enum ApplySource: Sendable {
    /// Plan the configuration now, show it and ask for confirmation.
    case configuration(Spec)
    /// A reviewed plan from `plan --out`, the configuration it must have been made from, and the
    /// server connected to now. Applied without asking, and only if planning `configuration`
    /// again against the server gives exactly this plan.
    case savedPlan(SavedPlan, configuration: Spec, server: String)
}

/// How an apply ended, for the caller to report and turn into an exit code.
package enum ApplyOutcome: Sendable {
    /// The plan breaks a safety rule; nothing was sent.
    case blocked(Plan)
    case noChanges
    /// The user did not confirm; nothing was sent.
    case declined
    case applied(ApplyResult)
}

/// The caller's part of an apply: showing the plan, asking for confirmation, arming Ctrl-C
/// while calls run, and following progress. The command-line reporter implements it.
package protocol ApplyObserver: Sendable {
    func planned(_ plan: Plan) async
    /// Asked only when applying a configuration, never for a saved (already reviewed) plan.
    func confirm() async throws -> Bool
    /// Calls are about to start; `cancellation` stops new ones (Ctrl-C).
    func applying(cancellation: CancellationFlag) async
    func progress(_ event: ApplyEvent)
    func applied(_ result: ApplyResult) async
}

/// The library's entry point for one run against one server: resolve projects, read, plan,
/// confirm, apply, report (octoDNS's `Manager.sync`). Commands parse flags, call it and render;
/// tests drive it the same way with the simulator behind the backend.
package struct Reconciliation: Sendable {
    package let backend: any FieldBackend
    package let options: PlanOptions
    package let parallelism: Int
    /// Where reading and applying report how far they got (see `ProgressTicker`).
    package let progress: ProgressTracker

    package init(
        backend: any FieldBackend, options: PlanOptions = PlanOptions(), parallelism: Int,
        progress: ProgressTracker = ProgressTracker()
    ) {
        self.backend = backend
        self.options = options
        self.parallelism = max(1, parallelism)
        self.progress = progress
    }

    /// Resolves the project files, reads the server and diffs.
    package func plan(_ spec: Spec) async throws(ReconcilerError) -> PlanningResult {
        let projects = try ResolvedProject.resolve(
            spec.projects, on: try await serverProjects(), filter: options.projectFilter)
        let selected = projects.filter { options.includes($0.ref) }
        let remote = try await readState(for: spec, projects: selected.map(\.ref))
        let plan = try await checkingOptionUsage(
            Planner(options: options, capabilities: backend.capabilities).plan(
                spec: spec, remote: remote, projects: selected),
            options: options)
        return PlanningResult(projects: selected, remote: remote, plan: plan)
    }

    /// Proves a saved plan is still exactly what `spec` asks for on this server: the state it was
    /// made from is unchanged (else `.stalePlan`), and planning `spec` again with the plan's own
    /// switches gives the same plan, projects and limits (else `.planMismatch`). Returns that
    /// freshly computed plan, so what runs is what this tool computed, never the file's contents.
    package func verify(_ saved: SavedPlan, against spec: Spec) async throws(ReconcilerError) -> PlanningResult {
        // The same scope as `plan`, so an unchanged server gives the same fingerprint.
        let remote = try await readState(for: spec, projects: saved.projects)
        guard remote.fingerprint == saved.fingerprint else {
            throw .stalePlan(expected: saved.fingerprint, actual: remote.fingerprint)
        }
        let projects = try ResolvedProject.resolve(
            spec.projects, on: try await serverProjects(), filter: saved.options.projectFilter
        )
        .filter { saved.options.includes($0.ref) }
        guard projects.map(\.ref).sorted() == saved.projects, spec.settings.fieldLimits == saved.limits else {
            throw .planMismatch
        }
        let plan = try await checkingOptionUsage(
            Planner(options: saved.options, capabilities: backend.capabilities).plan(
                spec: spec, remote: remote, projects: projects),
            options: saved.options)
        guard plan == saved.plan else { throw .planMismatch }
        return PlanningResult(projects: projects, remote: remote, plan: plan)
    }

    /// Removing an option that values still use leaves them pointing at nothing: blocked unless
    /// allowed, and a warning when allowed. Asked only when the plan removes options.
    private func checkingOptionUsage(_ plan: Plan, options: PlanOptions) async throws(ReconcilerError) -> Plan {
        guard backend.capabilities.supports(.optionUsage), plan.summary.optionRemovals > 0 else { return plan }
        let inUse = try await backend.optionsInUse(removedBy: plan)
        guard !inUse.isEmpty else { return plan }
        let fields = inUse.sorted { $0.key < $1.key }
        if options.allowRemovingUsedOptions {
            return plan.adding(
                warnings: fields.map { key, texts in
                    PlanWarning(
                        field: key.description,
                        message:
                            "removing \(texts.map { "\"\($0)\"" }.joined(separator: ", ")) leaves the values that use \(texts.count == 1 ? "it" : "them") pointing at nothing (--allow-removing-used-options)"
                    )
                }, blockedBy: [])
        }
        return plan.adding(warnings: [], blockedBy: fields.map { .usedOptionRemoval($0.key, options: $0.value) })
    }

    /// The entities whose per-project enablement a plan of `spec` can change: those of declared
    /// fields, or all of them when prune may delete any field.
    static func managedEntities(_ spec: Spec) -> Set<EntityType> {
        spec.settings.prune ? Set(spec.settings.flavor.entities) : Set(spec.definitions.map(\.entity))
    }

    /// The server's projects, read once (shown as progress: on a slow server it is the first wait).
    private func serverProjects() async throws(ReconcilerError) -> [ProjectRef] {
        progress.begin("reading the server's projects", unit: "requests", total: 1)
        defer { progress.advance() }
        return try await backend.projects()
    }

    /// Plans (or verifies a saved plan), shows it, confirms, and applies it.
    package func apply(_ source: ApplySource, observer: some ApplyObserver) async throws -> ApplyOutcome {
        let plan: Plan
        let remote: RemoteState
        let limits: [EntityType: Int]
        switch source {
        case .configuration(let spec):
            let result = try await self.plan(spec)
            (plan, remote, limits) = (result.plan, result.remote, spec.settings.fieldLimits)
        case .savedPlan(let saved, let spec, let server):
            try saved.check(server: server)
            let result = try await verify(saved, against: spec)
            (plan, remote, limits) = (result.plan, result.remote, spec.settings.fieldLimits)
        }
        await observer.planned(plan)
        if plan.isBlocked { return .blocked(plan) }
        guard plan.hasChanges else { return .noChanges }
        // Before asking and before the first call: a plan that would fail half-way on 403 is not started.
        try await backend.checkPermissions(for: plan)
        if case .configuration = source, try await !observer.confirm() { return .declined }

        let cancellation = CancellationFlag()
        await observer.applying(cancellation: cancellation)
        let result = await Applier(backend: backend, parallelism: parallelism, progress: progress)
            .apply(plan, remote: remote, limits: limits, cancellation: cancellation, progress: observer.progress)
        await observer.applied(result)
        return .applied(result)
    }

    /// Reads the server and writes it as configuration files (see `Exporter`).
    package func export(projectKeys: [String], includeEmptyProjects: Bool, header: [String])
        async throws(ReconcilerError) -> [ExportedFile]
    {
        try await Exporter(backend: backend, progress: progress).export(
            projectKeys: projectKeys, includeEmptyProjects: includeEmptyProjects, header: header)
    }
}

extension PlanningResult {
    /// The plan as `plan --out` saves it, for `apply --plan`.
    package func saved(toolVersion: String, server: String, settings: SpecSettings, options: PlanOptions) -> SavedPlan {
        SavedPlan(
            toolVersion: toolVersion, server: server, projects: projects.map(\.ref), fingerprint: remote.fingerprint,
            fieldLimits: settings.fieldLimits, options: options, plan: plan
        )
    }
}
