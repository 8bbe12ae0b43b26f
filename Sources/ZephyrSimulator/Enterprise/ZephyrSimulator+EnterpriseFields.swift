import Foundation

extension ZephyrSimulator {
    private static let entities: Set<String> = ["testcase", "requirement"]

    /// `GET /field/entity/{entity}`: entity case-insensitive (inferred), in id order.
    func enterpriseFields(entity: String) -> HandlerReply {
        let name = entity.lowercased()
        guard Self.entities.contains(name) else {
            return Self.zeError(400, "Invalid entity name: \(entity).", code: "Bad Request")
        }
        return enterpriseList(
            state.enterpriseState.fields.filter { $0.entityName == name }.map(EnterpriseRendering.json))
    }

    /// `GET /field/{id}`: an unknown id answers 500, as on a live tenant.
    func enterpriseField(id: Int) -> HandlerReply {
        guard let field = state.enterpriseState.fields.first(where: { $0.id == id }) else {
            return Self.zeError(
                500, "An internal error occurred while processing the request.", code: "Internal Server Error")
        }
        return .ok(EnterpriseRendering.json(field))
    }

    /// `GET /field/name?name=&projectid=`: 204 when nothing matches.
    func enterpriseFieldsNamed(_ request: SimulatorRequest) -> HandlerReply {
        guard let name = request.query["name"], !name.isEmpty else {
            return Self.zeError(428, "Required parameter name is missing.", code: "Precondition Required")
        }
        let project = request.query["projectid"].flatMap { Int($0) }
        let matches = state.enterpriseState.fields.filter { field in
            field.displayName.caseInsensitiveCompare(name) == .orderedSame
                && (project.map { field.allProject || field.projectIds.contains($0) } ?? true)
        }
        return matches.isEmpty ? Self.empty(204) : enterpriseList(matches.map(EnterpriseRendering.json))
    }

    /// `POST /field`: validates like the admin UI, assigns the id and `zcf_<id>`.
    /// Display names are NOT unique here: whether ZE refuses a duplicate is unknown, and
    /// accepting one lets tests catch a client that creates twice.
    func createEnterpriseField(_ request: SimulatorRequest) -> HandlerReply {
        guard let body = EnterpriseJSON.object(request) else {
            return Self.zeError(400, "Invalid request body.", code: "Bad Request")
        }
        let entity = (body["entityName"] as? String)?.lowercased() ?? ""
        guard Self.entities.contains(entity) else {
            return Self.zeError(400, "Invalid entity name: \(entity).", code: "Bad Request")
        }
        let displayName = ((body["displayName"] as? String) ?? "").trimmingCharacters(in: .whitespaces)
        guard !displayName.isEmpty else { return Self.zeError(400, "Display name is required.", code: "Bad Request") }
        guard let type = EnterpriseJSON.int(body["fieldTypeMetadata"]), EnterpriseCatalogue.knows(type) else {
            return Self.zeError(400, "Invalid field type.", code: "Bad Request")
        }
        let allProject = EnterpriseJSON.bool(body["allProject"]) ?? false
        let projectIds = ((body["projectIds"] as? [Any]) ?? []).compactMap(EnterpriseJSON.int)
        let known = Set(state.enterpriseProjects.map(\.id))
        if let unknown = projectIds.first(where: { !known.contains($0) }) {
            return Self.zeError(400, "Project with id \(unknown) not found.", code: "Bad Request")
        }
        var ze = state.enterpriseState
        let field = EnterpriseSimField(
            id: ze.nextFieldId, displayName: displayName, entityName: entity, fieldTypeMetadata: type,
            description: body["description"] as? String, mandatory: EnterpriseJSON.bool(body["mandatory"]) ?? false,
            allProject: allProject, projectIds: allProject ? [] : Array(Set(projectIds)),
            unique: EnterpriseJSON.bool(body["unique"]) ?? false, length: EnterpriseJSON.int(body["length"]) ?? 1024,
            searchFieldName: body["searchFieldName"] as? String ?? "", createdOn: nowMilliseconds)
        if field.unique, ze.fields.contains(where: { Self.sharesProject($0, field) && $0.unique }) {
            return Self.zeError(400, "Only one unique custom field is allowed per project.", code: "Bad Request")
        }
        ze.nextFieldId += 1
        ze.fields.append(field)
        state.enterpriseState = ze
        return .ok(EnterpriseRendering.json(field))
    }

    private static func sharesProject(_ lhs: EnterpriseSimField, _ rhs: EnterpriseSimField) -> Bool {
        lhs.entityName == rhs.entityName
            && (lhs.allProject || rhs.allProject || !Set(lhs.projectIds).isDisjoint(with: rhs.projectIds))
    }

    /// `PUT /field` (only with `fieldUpdate: .accepted`): the whole object; unknown id → 500.
    func updateEnterpriseField(_ request: SimulatorRequest) -> HandlerReply {
        guard let body = EnterpriseJSON.object(request), let id = EnterpriseJSON.int(body["id"]) else {
            return Self.zeError(400, "Invalid request body.", code: "Bad Request")
        }
        var ze = state.enterpriseState
        guard let index = ze.fields.firstIndex(where: { $0.id == id }) else { return enterpriseField(id: id) }
        if let name = body["displayName"] as? String, !name.isEmpty { ze.fields[index].displayName = name }
        if body.keys.contains("description") { ze.fields[index].description = body["description"] as? String }
        if let mandatory = EnterpriseJSON.bool(body["mandatory"]) { ze.fields[index].mandatory = mandatory }
        if let all = EnterpriseJSON.bool(body["allProject"]) { ze.fields[index].allProject = all }
        if let ids = body["projectIds"] as? [Any] {
            ze.fields[index].projectIds = Array(Set(ids.compactMap(EnterpriseJSON.int))).sorted()
        }
        state.enterpriseState = ze
        return .ok(EnterpriseRendering.json(ze.fields[index]))
    }
}
