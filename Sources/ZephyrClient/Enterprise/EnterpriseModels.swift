/// The entities whose custom fields Zephyr Enterprise manages through this client.
///
/// Kept apart from `ZephyrDomain.EntityType` (Squad's EXECUTION/TESTSTEP) on purpose: the raw
/// value is the lowercase name ZE puts in paths, preference keys and `entityName`.
package enum EnterpriseEntity: String, Sendable, Hashable, CaseIterable, Codable {
    case testcase
    case requirement

    /// `TESTCASE`, `testcase` or `TestCase`: ZE spells entity names in lowercase but compares
    /// them case-insensitively (inferred), so the client does too.
    package init?(caseInsensitive text: String) {
        self.init(rawValue: text.lowercased())
    }
}

/// One ZE project, from `GET /v3/project/`.
package struct EnterpriseProject: Sendable, Hashable, Codable {
    package let id: Int
    package let name: String

    package init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// The signed-in user, from `GET /v3/user/current`.
package struct EnterpriseUser: Sendable, Hashable {
    package let id: Int?
    package let username: String?

    package init(id: Int?, username: String?) {
        self.id = id
        self.username = username
    }
}

/// One row of the type catalogue (`GET /field/fieldtype`).
package struct EnterpriseFieldType: Sendable, Hashable {
    /// The `fieldTypeMetadata` code fields carry.
    package let code: Int
    package let name: String

    package init(code: Int, name: String) {
        self.code = code
        self.name = name
    }
}

/// One option of a picklist, as stored in the `{entity}.{fieldName}.LOV` preference.
package struct EnterpriseOption: Sendable, Hashable, Codable {
    /// Client-assigned, a string (`"1"`, `"2"`, ...); values on testcases reference it.
    package let id: String
    package let value: String

    package init(id: String, value: String) {
        self.id = id
        self.value = value
    }
}
