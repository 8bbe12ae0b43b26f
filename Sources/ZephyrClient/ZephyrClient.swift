import ZephyrDomain

/// STUB — replaced by the client work. The Squad ZAPI client over an `HTTPTransport`.
public struct ZephyrClient: ZephyrFieldsAPI {
    public let configuration: ClientConfiguration
    let transport: any HTTPTransport

    public init(transport: any HTTPTransport, configuration: ClientConfiguration) {
        self.transport = transport
        self.configuration = configuration
    }

    private var notImplemented: ZephyrError { .invalidResponse(operation: "stub", message: "not implemented") }
    public func projects() async throws(ZephyrError) -> [JiraProject] { throw notImplemented }
    public func fields(entity: EntityType) async throws(ZephyrError) -> [RemoteField] { throw notImplemented }
    public func enabledFields(entity: EntityType, projectId: String) async throws(ZephyrError) -> [RemoteField] { throw notImplemented }
    public func projectFieldStates(entity: EntityType, projectId: String) async throws(ZephyrError) -> [ProjectFieldState] { throw notImplemented }
    public func field(id: Int) async throws(ZephyrError) -> RemoteField? { throw notImplemented }
    public func createField(_ field: NewField) async throws(ZephyrError) -> RemoteField { throw notImplemented }
    public func updateField(id: Int, name: String, description: String?) async throws(ZephyrError) -> RemoteField { throw notImplemented }
    public func deleteField(id: Int) async throws(ZephyrError) { throw notImplemented }
    public func deleteFields(ids: [Int]) async throws(ZephyrError) { throw notImplemented }
    public func setEnabled(_ enabled: Bool, fieldId: Int, projectId: String) async throws(ZephyrError) { throw notImplemented }
    public func addOption(fieldId: Int, text: String) async throws(ZephyrError) -> RemoteOption { throw notImplemented }
    public func renameOption(id: String, to text: String) async throws(ZephyrError) { throw notImplemented }
    public func removeOption(id: String) async throws(ZephyrError) { throw notImplemented }
    public func metadata() async throws(ZephyrError) -> [FieldTypeInfo] { throw notImplemented }
}
