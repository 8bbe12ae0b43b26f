/// Small ZAPI and Jira response bodies.

/// `POST /{fieldId}/customfieldOption` answers with every value as a string.
struct OptionDTO: Decodable, Sendable {
    let optionId: LenientString
    let optionValue: String?
}

/// One element of `GET /rest/api/2/project`.
struct ProjectDTO: Decodable, Sendable {
    let id: LenientString
    let key: String
    let name: String
}

/// `GET /customfield/metadata`.
struct MetadataDTO: Decodable, Sendable {
    struct Entry: Decodable, Sendable {
        let label: String?
        let type: String
        /// Whether the type takes options.
        let options: LenientBool?
    }

    let customFields: [Entry]
}
