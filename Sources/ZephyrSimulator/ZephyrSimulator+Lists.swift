import ZephyrDomain

extension ZephyrSimulator {
    /// The `entityType` query parameter, case-insensitive; nil when missing or unknown.
    private func entityParameter(_ request: SimulatorRequest) -> EntityType? {
        request.query["entityType"].flatMap(EntityType.init(caseInsensitive:))
    }

    private static func badEntity(_ request: SimulatorRequest) -> HandlerReply {
        .badRequest("Invalid entity type: \(request.query["entityType"] ?? ""). Use EXECUTION or TESTSTEP.")
    }

    private func fields(of entity: EntityType) -> [SimField] {
        state.fields.filter { $0.entityType == entity.rawValue }.sorted { $0.id < $1.id }
    }

    /// `GET /entity?entityType=E`: every global field of E.
    func listFields(_ request: SimulatorRequest) -> HandlerReply {
        guard let entity = entityParameter(request) else { return Self.badEntity(request) }
        return .ok(
            .array(
                fields(of: entity).map {
                    FieldRendering.json($0, active: !$0.enabledProjectIds.isEmpty, order: .sorted)
                }))
    }

    /// `GET /byEntityTypeAndProject` (enabled fields only) and
    /// `GET /globalCustomFieldsByEntityTypeAndProject` (all fields, `active` for the project).
    func listProjectFields(_ request: SimulatorRequest, enabledOnly: Bool) -> HandlerReply {
        guard let entity = entityParameter(request) else { return Self.badEntity(request) }
        guard let projectId = request.query["projectId"], !projectId.isEmpty else {
            return .badRequest("Query parameter projectId is required.")
        }
        guard state.project(id: projectId) != nil else { return .badRequest("Project with id \(projectId) not found.") }
        let listed = fields(of: entity).compactMap { field -> JSONValue? in
            let active = field.enabledProjectIds.contains(projectId)
            if enabledOnly && !active { return nil }
            return FieldRendering.json(field, active: active, order: .sorted)
        }
        return .ok(.array(listed))
    }

    /// `GET /metadata`: the field types this server supports.
    func metadata() -> HandlerReply {
        let types = ServerFlavor.squad.fieldTypes.map { type in
            JSONValue.object([
                ("label", .string(type.displayFieldType)),
                ("type", .string(type.rawValue)),
                ("imageClass", .string("zephyr-cf-\(type.rawValue.lowercased())")),
                ("description", .string("\(type.displayFieldType) custom field")),
                ("options", .bool(type.takesOptions(on: .squad))),
            ])
        }
        return .ok(.object([("customFields", .array(types))]))
    }
}
