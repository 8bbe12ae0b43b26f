/// A custom field as ZE sends it (`CustomFieldsDTO` in SmartBear's own plugin, plus the keys of
/// the create body). Keys the tool does not use (`createdOn`, audit fields) are ignored.
struct EnterpriseFieldDTO: Decodable, Sendable {
    let id: LenientInt
    let fieldName: String?
    let columnName: String?
    let displayName: String?
    let entityName: String?
    let fieldTypeMetadata: LenientInt?
    let description: String?
    let mandatory: LenientBool?
    let allProject: LenientBool?
    let projectIds: [LenientInt]?
    let unique: LenientBool?
    let length: LenientInt?
    let systemField: LenientBool?

    /// The client's value; a field without the keys a planner depends on makes the answer unusable.
    func field(operation: String) throws(ZephyrError) -> EnterpriseField {
        func missing(_ what: String) -> ZephyrError {
            .invalidResponse(operation: operation, message: "field \(id.value) has no \(what)")
        }
        guard let name = fieldName ?? columnName, !name.isEmpty else { throw missing("fieldName") }
        guard let displayName else { throw missing("displayName") }
        guard let entityText = entityName, let entity = EnterpriseEntity(caseInsensitive: entityText) else {
            throw .invalidResponse(
                operation: operation,
                message:
                    "field \(id.value) has entity \(entityName.map { "\"\($0)\"" } ?? "null"); expected testcase or requirement"
            )
        }
        guard let type = fieldTypeMetadata else { throw missing("fieldTypeMetadata") }
        return EnterpriseField(
            id: id.value, fieldName: name, displayName: displayName, entity: entity, fieldTypeMetadata: type.value,
            description: description, mandatory: mandatory?.value ?? false, allProject: allProject?.value ?? false,
            projectIds: (projectIds ?? []).map(\.value), unique: unique?.value ?? false, length: length?.value,
            systemField: systemField?.value ?? false)
    }
}

/// `POST /latest/field`: every key of the documented body, since which ones are required is
/// undocumented. Values not in `NewEnterpriseField` are those the admin UI sends by default.
struct CreateEnterpriseFieldBody: Encodable, Sendable {
    let entityName: String
    let systemField = false
    let displayName: String
    let description: String
    let fieldTypeMetadata: Int
    let mandatory: Bool
    let importable = true
    let exportable = true
    let searchable = true
    let searchFieldName: String
    let projectCheck: Bool
    let unique = false
    let length: Int
    let allProject: Bool
    let projectIds: [Int]
    let isVisible = true

    init(_ field: NewEnterpriseField) {
        entityName = field.entity.rawValue
        displayName = field.displayName
        description = field.description ?? ""
        fieldTypeMetadata = field.fieldTypeMetadata
        mandatory = field.mandatory
        // The documented example: lowercase display name without spaces.
        searchFieldName = String(field.displayName.lowercased().filter { $0.isLetter || $0.isNumber })
        projectCheck = !field.allProject
        length = field.length
        allProject = field.allProject
        projectIds = field.projectIds
    }
}

/// `PUT /v3/admin/preference`: the whole preference, as the admin UI sends it.
struct EnterprisePreferenceBody: Encodable, Sendable {
    let name: String
    let value: String
    let defaultValue: String
    let accessLevel = 0
    let editable = true
    let isCustomizable = true
}
