/// The entities whose custom fields Zephyr Enterprise manages through this client.
///
/// Kept apart from `ZephyrDomain.EntityType` (Squad's EXECUTION/TESTSTEP) on purpose: the raw
/// value is the lowercase name ZE puts in paths, preference keys and `entityName`.
public enum EnterpriseEntity: String, Sendable, Hashable, CaseIterable, Codable {
    case testcase
    case requirement

    /// `TESTCASE`, `testcase` or `TestCase`: ZE spells entity names in lowercase but compares
    /// them case-insensitively (inferred), so the client does too.
    public init?(caseInsensitive text: String) {
        self.init(rawValue: text.lowercased())
    }
}

/// One ZE project, from `GET /v3/project/`.
public struct EnterpriseProject: Sendable, Hashable, Codable {
    public let id: Int
    public let name: String

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// The signed-in user, from `GET /v3/user/current`.
public struct EnterpriseUser: Sendable, Hashable {
    public let id: Int?
    public let username: String?

    public init(id: Int?, username: String?) {
        self.id = id
        self.username = username
    }
}

/// One row of the type catalogue (`GET /field/fieldtype`).
public struct EnterpriseFieldType: Sendable, Hashable {
    /// The `fieldTypeMetadata` code fields carry.
    public let code: Int
    public let name: String

    public init(code: Int, name: String) {
        self.code = code
        self.name = name
    }
}

/// One option of a picklist, as stored in the `{entity}.{fieldName}.LOV` preference.
public struct EnterpriseOption: Sendable, Hashable, Codable {
    /// Client-assigned, a string (`"1"`, `"2"`, ...); values on testcases reference it.
    public let id: String
    public let value: String

    public init(id: String, value: String) {
        self.id = id
        self.value = value
    }
}
