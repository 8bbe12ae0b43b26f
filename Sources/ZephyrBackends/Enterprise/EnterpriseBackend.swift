import Reconciler
import ZephyrClient
import ZephyrDomain

/// Zephyr Enterprise behind the reconciler: the second backend.
///
/// ZE's REST API can create a field (with its projects) and replace a select field's whole
/// option list, and can say whether an option is in use; it has no documented call to rename,
/// re-describe, re-scope or delete a field (`shared/docs/zephyr-enterprise-api.md`). So those are
/// left out of `capabilities`, and the planner shows them as manual steps with the admin-UI
/// action instead of trying writes on a production server, or deleting and creating a field
/// (which would orphan every value recorded in it).
package struct EnterpriseBackend: FieldBackend {
    package static let capabilities = BackendCapabilities(
        flavor: .enterprise, supported: [.createField, .replaceOptionList, .scopeOnCreate, .optionUsage])

    let api: any EnterpriseFieldsAPI
    let reader: EnterpriseStateReader
    let executor: EnterpriseOperationExecutor
    let cache: EnterpriseFieldCache
    let onClose: @Sendable () async -> Void

    package init(
        api: any EnterpriseFieldsAPI, parallelism: Int, retry: RetryPolicy = RetryPolicy(),
        onClose: @escaping @Sendable () async -> Void = {}
    ) {
        let cache = EnterpriseFieldCache()
        self.api = api
        self.cache = cache
        self.reader = EnterpriseStateReader(api: api, parallelism: max(1, parallelism), cache: cache)
        self.executor = EnterpriseOperationExecutor(api: api, retry: retry, cache: cache)
        self.onClose = onClose
    }

    package var capabilities: BackendCapabilities { Self.capabilities }

    /// ZE projects by name (what project files say) and numeric id.
    package func projects() async throws(ReconcilerError) -> [ProjectRef] {
        do {
            return try await api.projects().map { ProjectRef(id: String($0.id), key: $0.name) }
        } catch {
            throw .server(error.sentence)
        }
    }

    package func readState(
        projects: [ProjectRef], entities: Set<EntityType>, progress: ProgressTracker
    ) async throws(ReconcilerError) -> RemoteState {
        do {
            return try await reader.read(projects: projects, entities: entities, progress: progress)
        } catch let error as ZephyrError {
            throw .server(error.sentence)
        } catch {
            throw .server("reading the server failed: \(error.localizedDescription)")
        }
    }

    /// ZE has no documented call to ask for a role's rights; signing in is checked here, and the
    /// server decides the rest (its 403 names the missing System Setup role).
    package func checkPermissions(for plan: Plan) async throws(ReconcilerError) {
        do {
            _ = try await api.currentUser()
        } catch {
            throw .server(error.sentence)
        }
    }

    package func optionsInUse(removedBy plan: Plan) async throws(ReconcilerError) -> [FieldKey: [String]] {
        var inUse: [FieldKey: [String]] = [:]
        do {
            for change in plan.changes {
                let removals = change.options.filter { $0.kind == .remove }
                guard !removals.isEmpty, let id = change.fieldId else { continue }
                let field = try await executor.field(id: id, key: change.key)
                for removal in removals {
                    let option = EnterpriseOption(id: removal.optionId ?? "", value: removal.before ?? "")
                    if try await api.optionInUse(entity: field.entity, fieldName: field.fieldName, option: option) {
                        inUse[change.key, default: []].append(option.value)
                    }
                }
            }
        } catch let error as ZephyrError {
            throw .server(error.sentence)
        } catch {
            throw .server(error.localizedDescription)
        }
        return inUse
    }

    package func execute(_ operation: ApplyOperation, context: ApplyContext) async throws -> String? {
        try await executor.run(operation, context: context)
    }

    package func close() async {
        await onClose()
    }
}
