import ZephyrDomain

/// The Zephyr Squad custom field operations the reconciler uses.
///
/// `ZephyrClient` implements it over HTTP. Every method maps failures to `ZephyrError`.
/// Non-idempotent calls (`createField`, `addOption`, `setEnabled`) are sent once and never
/// retried here: after an ambiguous failure the caller re-reads and decides.
package protocol ZephyrFieldsAPI: Sendable {
    /// All Jira projects, one call (`GET /rest/api/2/project`).
    func projects() async throws(ZephyrError) -> [JiraProject]
    /// Global fields of one entity type (`GET /customfield/entity`).
    func fields(entity: EntityType) async throws(ZephyrError) -> [RemoteField]
    /// Fields enabled in a project (`GET /customfield/byEntityTypeAndProject`).
    func enabledFields(entity: EntityType, projectId: String) async throws(ZephyrError) -> [RemoteField]
    /// Ids of the fields enabled in a project (`GET /customfield/byEntityTypeAndProject`),
    /// without decoding the rest of each field: what planning needs, at a fraction of the CPU.
    func enabledFieldIds(entity: EntityType, projectId: String) async throws(ZephyrError) -> [Int]
    /// All global fields with `active` for one project (`globalCustomFieldsByEntityTypeAndProject`).
    func projectFieldStates(entity: EntityType, projectId: String) async throws(ZephyrError) -> [ProjectFieldState]
    /// One field, or nil when the server answers `200 []`.
    func field(id: Int) async throws(ZephyrError) -> RemoteField?
    func createField(_ field: NewField) async throws(ZephyrError) -> RemoteField
    /// Changes name and description (a nil or blank description is ignored by the server).
    func updateField(id: Int, name: String, description: String?) async throws(ZephyrError) -> RemoteField
    func deleteField(id: Int) async throws(ZephyrError)
    /// Bulk delete (`delete-customfields`); falls back to single deletes where the server lacks it.
    func deleteFields(ids: [Int]) async throws(ZephyrError)
    /// Sends the enable/disable call. On real servers this is a TOGGLE when a mapping exists:
    /// only call it knowing the current mapping.
    func setEnabled(_ enabled: Bool, fieldId: Int, projectId: String) async throws(ZephyrError)
    func addOption(fieldId: Int, text: String) async throws(ZephyrError) -> RemoteOption
    func renameOption(id: String, to text: String) async throws(ZephyrError)
    func removeOption(id: String) async throws(ZephyrError)
    func metadata() async throws(ZephyrError) -> [FieldTypeInfo]
    /// Whether the signed-in user holds `permission` (in `projectKey`); nil when the server
    /// cannot tell.
    func hasPermission(_ permission: JiraPermission, projectKey: String?) async throws(ZephyrError) -> Bool?
}

extension ZephyrFieldsAPI {
    /// Servers (and test doubles) that cannot say: the server decides at the first write.
    package func hasPermission(_ permission: JiraPermission, projectKey: String?) async throws(ZephyrError) -> Bool? {
        nil
    }

    /// Implementations that cannot read ids alone decode the whole fields.
    package func enabledFieldIds(entity: EntityType, projectId: String) async throws(ZephyrError) -> [Int] {
        try await enabledFields(entity: entity, projectId: projectId).map(\.id)
    }
}
