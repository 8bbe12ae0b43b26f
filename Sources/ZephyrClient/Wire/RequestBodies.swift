/// JSON bodies the client sends.

/// `POST /customfield/create`. A global field: `projectId` stays empty; the project mapping is
/// made with the enable call. `isActive` is ignored by servers (stored false) and sent false.
struct CreateFieldBody: Encodable, Sendable {
    let name: String
    let description: String
    let defaultValue: String
    let isActive: Bool
    let fieldType: String
    let aliasName: String
    let projectId: String
    let displayName: String
    let displayFieldType: String
    let entityType: String
    let fieldOptions: [String]
}

/// `PUT /customfield/{id}`: `name` is required by the server; a nil description is left out.
struct UpdateFieldBody: Encodable, Sendable {
    let name: String
    let description: String?
}

/// `DELETE /customfield/delete-customfields`: ids as strings.
struct BulkDeleteBody: Encodable, Sendable {
    let customfields: [String]
}

/// `POST /{fieldId}/customfieldOption`: every value a string, as the server expects.
struct AddOptionBody: Encodable, Sendable {
    let optionValue: String
    let isDisabled: String
    let sequence: String
}

/// `PUT /customfieldOption/{optionId}`.
struct RenameOptionBody: Encodable, Sendable {
    let optionValue: String
}
