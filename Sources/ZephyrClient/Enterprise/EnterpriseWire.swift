/// ZE response bodies. Lenient like `Wire/LenientValues.swift`: ZE builds differ in whether
/// numbers and booleans arrive as JSON numbers or strings, and ZE 8.1+ may wrap lists.

/// A list sent bare (`[...]`) or wrapped (`{"results": [...]}`).
struct EnterpriseList<Element: Decodable & Sendable>: Decodable, Sendable {
    let items: [Element]

    private enum CodingKeys: String, CodingKey { case results }

    init(from decoder: any Decoder) throws {
        if let bare = try? decoder.singleValueContainer().decode([Element].self) {
            items = bare
            return
        }
        items = try decoder.container(keyedBy: CodingKeys.self).decode([Element].self, forKey: .results)
    }
}

/// `GET /v3/project/` element.
struct EnterpriseProjectDTO: Decodable, Sendable {
    let id: LenientInt
    let name: String
}

/// `GET /v3/user/current`.
struct EnterpriseUserDTO: Decodable, Sendable {
    let id: LenientInt?
    let username: String?
}

/// `GET /field/fieldtype` row. The row's keys are not documented: the code is read from `id`
/// (or `code`), the name from `name` (or `displayName`); a row with neither is an error.
struct EnterpriseFieldTypeDTO: Decodable, Sendable {
    let code: Int
    let name: String

    private enum CodingKeys: String, CodingKey { case id, code, name, displayName }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code =
            try container.decodeIfPresent(LenientInt.self, forKey: .id)
            ?? container.decode(LenientInt.self, forKey: .code)
        self.code = code.value
        name =
            try container.decodeIfPresent(String.self, forKey: .name)
            ?? container.decode(String.self, forKey: .displayName)
    }
}

/// One element of the LOV preference's value.
struct EnterpriseOptionDTO: Decodable, Sendable {
    let id: LenientString
    let value: String
}

/// `GET /admin/preference?key=...`: `value` is JSON inside a string, or null.
struct EnterprisePreferenceDTO: Decodable, Sendable {
    let name: String?
    let value: String?
}
