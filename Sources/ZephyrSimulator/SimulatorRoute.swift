import ZephyrTransport

/// One endpoint of the simulated server, with the path parameters it was called with.
enum SimulatorRoute: Sendable, Equatable {
    case createField
    case getField(id: Int)
    case updateField(id: Int)
    case deleteField(id: Int)
    case listFields
    case listEnabledFields
    case listProjectFieldStates
    case metadata
    case bulkDelete
    case setEnabled(fieldId: Int, projectId: String)
    case addOption(fieldId: Int)
    case renameOption(id: Int)
    case deleteOption(id: Int)
    case jiraProjects
    case jiraProject(idOrKey: String)
    case manifest
    case currentUser

    static let squadBase = "/rest/zapi/latest/customfield"
    static let jiraBase = "/rest/api/2"
    static let enterpriseBase = "/flex/services/rest/latest"

    /// The path with its parameters named, e.g. `/rest/zapi/latest/customfield/{id}`.
    var pathTemplate: String {
        let squad = SimulatorRoute.squadBase
        return switch self {
        case .createField: "\(squad)/create"
        case .getField, .updateField, .deleteField: "\(squad)/{id}"
        case .listFields: "\(squad)/entity"
        case .listEnabledFields: "\(squad)/byEntityTypeAndProject"
        case .listProjectFieldStates: "\(squad)/globalCustomFieldsByEntityTypeAndProject"
        case .metadata: "\(squad)/metadata"
        case .bulkDelete: "\(squad)/delete-customfields"
        case .setEnabled: "\(squad)/{fieldId}/{projectId}"
        case .addOption: "\(squad)/{fieldId}/customfieldOption"
        case .renameOption, .deleteOption: "\(squad)/customfieldOption/{optionId}"
        case .jiraProjects: "\(SimulatorRoute.jiraBase)/project"
        case .jiraProject: "\(SimulatorRoute.jiraBase)/project/{idOrKey}"
        case .manifest: "\(SimulatorRoute.enterpriseBase)/manifest"
        case .currentUser: "\(SimulatorRoute.enterpriseBase)/user/current"
        }
    }

    /// Whether only a Jira administrator may call it (403 for everyone else).
    var needsAdmin: Bool {
        switch self {
        case .createField, .getField, .updateField, .deleteField, .bulkDelete, .setEnabled,
            .addOption, .renameOption, .deleteOption:
            true
        case .listFields, .listEnabledFields, .listProjectFieldStates, .metadata, .jiraProjects,
            .jiraProject, .manifest, .currentUser:
            false
        }
    }
}

/// The outcome of matching a method and path against the simulated server's endpoints.
enum RouteMatch: Sendable, Equatable {
    case found(SimulatorRoute, method: String)
    /// The path exists but not for this method.
    case methodNotAllowed(pathTemplate: String, method: String, allowed: [String])
    case notFound(method: String, path: String)

    /// The key `requestCounts()` files the request under.
    var countKey: String {
        switch self {
        case .found(let route, let method): "\(method) \(route.pathTemplate)"
        case .methodNotAllowed(let template, let method, _): "\(method) \(template)"
        case .notFound(let method, let path): "\(method) \(path)"
        }
    }
}
