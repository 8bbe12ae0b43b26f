extension EnterpriseClient {
    package func currentUser() async throws(ZephyrError) -> EnterpriseUser {
        let endpoint = Self.read("check credentials", EnterprisePath.path("v3", ["user", "current"]))
        let response = try await send(endpoint)
        // The plugin's rule: a non-empty body means signed in; an empty one means not.
        guard let user = try decodeIfPresent(EnterpriseUserDTO.self, response, endpoint) else {
            throw .unauthorized(server: base.configuration.serverDescription)
        }
        return EnterpriseUser(id: user.id?.value, username: user.username)
    }

    package func projects() async throws(ZephyrError) -> [EnterpriseProject] {
        let endpoint = Self.read("list Zephyr Enterprise projects", EnterprisePath.path("v3", ["project", ""]))
        return try await list(EnterpriseProjectDTO.self, endpoint).map {
            EnterpriseProject(id: $0.id.value, name: $0.name)
        }
    }

    package func fields(entity: EnterpriseEntity) async throws(ZephyrError) -> [EnterpriseField] {
        let endpoint = Self.read(
            "list \(entity.rawValue) fields", EnterprisePath.path("v3", ["field", "entity", entity.rawValue]))
        return try await fieldList(endpoint)
    }

    package func field(id: Int) async throws(ZephyrError) -> EnterpriseField {
        let endpoint = Self.read("read field \(id)", EnterprisePath.path("latest", ["field", String(id)]))
        let response = try await send(endpoint)
        guard let dto = try decodeIfPresent(EnterpriseFieldDTO.self, response, endpoint) else {
            throw .invalidResponse(operation: endpoint.operation, message: "the server answered with no field")
        }
        return try dto.field(operation: endpoint.operation)
    }

    package func fields(named displayName: String, projectId: Int?) async throws(ZephyrError) -> [EnterpriseField] {
        var query: KeyValuePairs<String, String> = ["name": displayName]
        if let projectId { query = ["name": displayName, "projectid": String(projectId)] }
        let endpoint = Self.read(
            "look up fields named \"\(displayName)\"", EnterprisePath.path("latest", ["field", "name"], query: query))
        return try await fieldList(endpoint)
    }

    package func fieldTypes() async throws(ZephyrError) -> [EnterpriseFieldType] {
        let endpoint = Self.read(
            "read the field type catalogue", EnterprisePath.path("latest", ["field", "fieldtype"]))
        return try await list(EnterpriseFieldTypeDTO.self, endpoint).map {
            EnterpriseFieldType(code: $0.code, name: $0.name)
        }
    }

    private func fieldList(_ endpoint: Endpoint) async throws(ZephyrError) -> [EnterpriseField] {
        var fields: [EnterpriseField] = []
        for dto in try await list(EnterpriseFieldDTO.self, endpoint) {
            fields.append(try dto.field(operation: endpoint.operation))
        }
        return fields
    }
}
