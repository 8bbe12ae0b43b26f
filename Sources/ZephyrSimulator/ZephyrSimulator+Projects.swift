extension ZephyrSimulator {
    /// `/{fieldId}/{projectId}?enable=true|false`: a TOGGLE, as on real servers.
    ///
    /// With a mapping, any call (even `enable=true`) removes it; without one, `enable=true`
    /// adds it and `enable=false` does nothing. The message echoes the request, not the outcome.
    func setEnabled(fieldId: Int, projectId: String, _ request: SimulatorRequest) -> HandlerReply {
        guard let enable = request.query["enable"].flatMap({ Bool($0.lowercased()) }) else {
            return .badRequest("Query parameter enable must be true or false.")
        }
        guard let index = state.fieldIndex(id: fieldId) else { return Self.fieldNotFound(fieldId) }
        guard state.project(id: projectId) != nil else { return .badRequest("Project with id \(projectId) not found.") }
        var mapped = state.fields[index].enabledProjectIds
        if let position = mapped.firstIndex(of: projectId) {
            mapped.remove(at: position)
        } else if enable {
            mapped.append(projectId)
        }
        state.fields[index].enabledProjectIds = mapped.sorted()
        let verb = enable ? "enabled" : "disabled"
        return .ok(.message("Custom field with id \(fieldId) \(verb) for project \(projectId)."))
    }

    private static func projectJSON(_ project: SimProject) -> JSONValue {
        .object([
            ("id", .string(project.id)),
            ("key", .string(project.key)),
            ("name", .string(project.name)),
            ("projectTypeKey", .string("software")),
        ])
    }

    /// Jira's `GET /rest/api/2/project`.
    func jiraProjects() -> HandlerReply {
        .ok(.array(state.projects.map(Self.projectJSON)))
    }

    /// Jira's `GET /rest/api/2/project/{idOrKey}`: 404 in Jira's error shape when unknown.
    func jiraProject(_ idOrKey: String) -> HandlerReply {
        let project = state.projects.first {
            $0.id == idOrKey || $0.key.caseInsensitiveCompare(idOrKey) == .orderedSame
        }
        guard let project else {
            let body = JSONValue.object([
                ("errorMessages", .array([.string("No project could be found with key '\(idOrKey)'.")])),
                ("errors", .object([])),
            ])
            return HandlerReply(status: 404, body: body)
        }
        return .ok(Self.projectJSON(project))
    }
}
