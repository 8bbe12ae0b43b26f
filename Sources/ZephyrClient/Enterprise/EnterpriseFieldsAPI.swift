/// The Zephyr Enterprise custom field calls a ZE backend makes, under `{server}/flex/services/rest/`.
///
/// `EnterpriseClient` implements it on `ZephyrClient`'s session (auth, cookie re-login,
/// concurrency limit, tracing). Idempotent reads are retried with backoff on 429, 502-504,
/// timeouts, dropped connections and ZE's "... is locked" answers. The two writes,
/// `createField` and `replaceOptions`, are sent exactly once: after an ambiguous failure
/// (`ZephyrError.isAmbiguous`) re-read before writing again. A `.locked` error from a write
/// means the server refused it, so re-reading and writing again is safe.
package protocol EnterpriseFieldsAPI: Sendable {
    /// Credential check (`GET /v3/user/current`); an empty body is treated as not signed in.
    func currentUser() async throws(ZephyrError) -> EnterpriseUser
    /// Every project, one call (`GET /v3/project/`). Idempotent.
    func projects() async throws(ZephyrError) -> [EnterpriseProject]
    /// Custom fields of one entity (`GET /v3/field/entity/{entity}`), bare or wrapped list.
    /// The only way to decide a field is absent. Idempotent.
    func fields(entity: EnterpriseEntity) async throws(ZephyrError) -> [EnterpriseField]
    /// One field (`GET /field/{id}`). An unknown id answers 500, thrown as `.serverError`:
    /// never read that as "absent"; use `fields(entity:)`. Idempotent.
    func field(id: Int) async throws(ZephyrError) -> EnterpriseField
    /// Fields whose display name matches, in one project or all (`GET /field/name`); ZE answers
    /// 204 when none does, read as `[]`. Idempotent.
    func fields(named displayName: String, projectId: Int?) async throws(ZephyrError) -> [EnterpriseField]
    /// The server's type catalogue (`GET /field/fieldtype`). Idempotent.
    func fieldTypes() async throws(ZephyrError) -> [EnterpriseFieldType]
    /// Creates a field (`POST /latest/field`, full body). Sent once, never retried.
    func createField(_ field: NewEnterpriseField) async throws(ZephyrError) -> EnterpriseField
    /// A picklist's options (`GET /admin/preference?key=...LOV`); nil when the preference does
    /// not exist yet (204, empty body, `null`/empty value, `{}`). Idempotent.
    func options(entity: EnterpriseEntity, fieldName: String) async throws(ZephyrError) -> [EnterpriseOption]?
    /// Replaces the whole option list (`PUT /v3/admin/preference`). Sent once, never retried:
    /// compute `options` from a fresh read (see `EnterpriseOptionList.assigningIds`).
    func replaceOptions(entity: EnterpriseEntity, fieldName: String, options: [EnterpriseOption])
        async throws(ZephyrError)
    /// Whether a value references the option (`GET /admin/preference/item/usage`). Idempotent.
    func optionInUse(entity: EnterpriseEntity, fieldName: String, option: EnterpriseOption) async throws(ZephyrError)
        -> Bool
}
