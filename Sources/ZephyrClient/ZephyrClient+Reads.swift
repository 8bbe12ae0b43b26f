import ZephyrDomain
import ZephyrTransport

extension ZephyrClient {
    package func projects() async throws(ZephyrError) -> [JiraProject] {
        let endpoint = Endpoint(
            "GET", APIPath.jiraProjects, operation: "list Jira projects", permission: Permission.browseProjects,
            repeating: .idempotent)
        return try await fetch([ProjectDTO].self, endpoint).map {
            JiraProject(id: $0.id.value, key: $0.key, name: $0.name)
        }
    }

    package func fields(entity: EntityType) async throws(ZephyrError) -> [RemoteField] {
        try await fieldList(
            Endpoint(
                "GET", APIPath.customField("entity", query: ["entityType": entity.rawValue]),
                operation: "list \(entity.rawValue) fields", permission: Permission.browse, repeating: .idempotent))
    }

    package func enabledFields(entity: EntityType, projectId: String) async throws(ZephyrError) -> [RemoteField] {
        try await fieldList(Self.enabledFieldsEndpoint(entity: entity, projectId: projectId))
    }

    /// Reads only `id`: a plan reads this list once per project and managed entity, and decoding
    /// whole fields, then even `[FieldIdDTO]` with `JSONDecoder`, was a tenth of a 1,000-project
    /// plan's CPU (docs/benchmarks.md). `FieldIdScanner` reads the plain shape; anything else is
    /// left to `JSONDecoder`, so odd or malformed bodies are judged exactly as before.
    package func enabledFieldIds(entity: EntityType, projectId: String) async throws(ZephyrError) -> [Int] {
        let endpoint = Self.enabledFieldsEndpoint(entity: entity, projectId: projectId)
        let response = try await execute(endpoint)
        if let ids = FieldIdScanner.ids(in: response.body) { return ids }
        return try decode([FieldIdDTO].self, from: response, operation: endpoint.operation).map(\.id.value)
    }

    private static func enabledFieldsEndpoint(entity: EntityType, projectId: String) -> Endpoint {
        Endpoint(
            "GET",
            APIPath.customField(
                "byEntityTypeAndProject", query: ["entityType": entity.rawValue, "projectId": projectId]),
            operation: "list \(entity.rawValue) fields enabled in project \(projectId)", permission: Permission.browse,
            repeating: .idempotent)
    }

    /// Requires `active` on every element: guessing "not enabled" would make the planner send
    /// the enable toggle for a field that is mapped, which removes the mapping.
    package func projectFieldStates(entity: EntityType, projectId: String) async throws(ZephyrError)
        -> [ProjectFieldState]
    {
        let endpoint = Endpoint(
            "GET",
            APIPath.customField(
                "globalCustomFieldsByEntityTypeAndProject",
                query: ["entityType": entity.rawValue, "projectId": projectId]),
            operation: "read \(entity.rawValue) field states of project \(projectId)", permission: Permission.browse,
            repeating: .idempotent)
        var states: [ProjectFieldState] = []
        for dto in try await fetch([FieldDTO].self, endpoint) {
            guard let active = dto.active else {
                throw .invalidResponse(operation: endpoint.operation, message: "field \(dto.id.value) lacks \"active\"")
            }
            states.append(
                ProjectFieldState(field: try dto.remoteField(operation: endpoint.operation), active: active.value))
        }
        return states
    }

    /// `GET /{id}` answers a one-element array, `[]` for an unknown id (older builds: 400 "not found").
    package func field(id: Int) async throws(ZephyrError) -> RemoteField? {
        let endpoint = Endpoint(
            "GET", APIPath.customField(String(id)), operation: "read field \(id)", repeating: .idempotent)
        do throws(ZephyrError) {
            let response = try await execute(endpoint)
            return try singleField(in: response, operation: endpoint.operation)
        } catch {
            if case .notFound = error { return nil }
            throw error
        }
    }

    package func metadata() async throws(ZephyrError) -> [FieldTypeInfo] {
        let endpoint = Endpoint(
            "GET", APIPath.customField("metadata"), operation: "read field type metadata",
            permission: Permission.browse, repeating: .idempotent)
        return try await fetch(MetadataDTO.self, endpoint).customFields.map {
            FieldTypeInfo(type: $0.type, label: $0.label ?? $0.type, takesOptions: $0.options?.value ?? false)
        }
    }

    func fieldList(_ endpoint: Endpoint) async throws(ZephyrError) -> [RemoteField] {
        var fields: [RemoteField] = []
        for dto in try await fetch([FieldDTO].self, endpoint) {
            fields.append(try dto.remoteField(operation: endpoint.operation))
        }
        return fields
    }

    /// A field from a body that is either one object (create, update) or an array of at most
    /// one (get by id); accepting both keeps the client working whichever a build sends.
    func singleField(in response: TransportResponse, operation: String) throws(ZephyrError) -> RemoteField? {
        if let list = try? decode([FieldDTO].self, from: response, operation: operation) {
            guard list.count <= 1 else {
                throw .invalidResponse(operation: operation, message: "expected at most one field, got \(list.count)")
            }
            return try list.first?.remoteField(operation: operation)
        }
        return try decode(FieldDTO.self, from: response, operation: operation).remoteField(operation: operation)
    }
}
