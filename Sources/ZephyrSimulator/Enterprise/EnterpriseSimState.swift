import Foundation

/// A Zephyr Enterprise custom field as the simulated server stores it.
public struct EnterpriseSimField: Sendable, Codable, Equatable {
    public var id: Int
    public var displayName: String
    /// `testcase` or `requirement`.
    public var entityName: String
    public var fieldTypeMetadata: Int
    public var description: String?
    public var mandatory: Bool
    public var allProject: Bool
    /// Sorted.
    public var projectIds: [Int]
    public var unique: Bool
    public var length: Int
    public var searchFieldName: String
    /// Epoch milliseconds.
    public var createdOn: Int64

    /// `zcf_<id>`: the column values are stored under, assigned by the server.
    public var fieldName: String { "zcf_\(id)" }

    public init(
        id: Int, displayName: String, entityName: String, fieldTypeMetadata: Int, description: String? = nil,
        mandatory: Bool = false, allProject: Bool = false, projectIds: [Int] = [], unique: Bool = false,
        length: Int = 1024, searchFieldName: String = "", createdOn: Int64 = 0
    ) {
        self.id = id
        self.displayName = displayName
        self.entityName = entityName
        self.fieldTypeMetadata = fieldTypeMetadata
        self.description = description
        self.mandatory = mandatory
        self.allProject = allProject
        self.projectIds = projectIds.sorted()
        self.unique = unique
        self.length = length
        self.searchFieldName = searchFieldName
        self.createdOn = createdOn
    }
}

/// What a simulated ZE server stores besides the projects (shared with Squad's `projects`:
/// a ZE project's id is the numeric `SimProject.id`, its name the same name).
public struct EnterpriseSimState: Sendable, Codable, Equatable {
    public var fields: [EnterpriseSimField]
    /// Preference name → value (JSON text, kept exactly as written).
    public var preferences: [String: String]
    /// Preference name → ids of the options some value references (sorted).
    public var optionsInUse: [String: [String]]
    /// ZE custom field ids count on from about a thousand on a live tenant.
    public var nextFieldId: Int

    public init(
        fields: [EnterpriseSimField] = [], preferences: [String: String] = [:],
        optionsInUse: [String: [String]] = [:], nextFieldId: Int = 1001
    ) {
        self.fields = fields
        self.preferences = preferences
        self.optionsInUse = optionsInUse
        self.nextFieldId = nextFieldId
    }
}

extension SimulatorState {
    /// The ZE part, created empty on first use: Squad state files without one load unchanged.
    public var enterpriseState: EnterpriseSimState {
        get { enterprise ?? EnterpriseSimState() }
        set { enterprise = newValue }
    }

    /// ZE's projects: every project whose id is numeric.
    public var enterpriseProjects: [(id: Int, name: String)] {
        projects.compactMap { project in Int(project.id).map { ($0, project.name) } }
    }

    /// Adds a ZE field directly, skipping validation: a seeding helper for tests.
    @discardableResult
    public mutating func addEnterpriseField(
        _ displayName: String, entity: String = "testcase", type: Int, allProject: Bool = true, projectIds: [Int] = [],
        options: [(id: String, value: String)]? = nil
    ) -> EnterpriseSimField {
        var ze = enterpriseState
        let field = EnterpriseSimField(
            id: ze.nextFieldId, displayName: displayName, entityName: entity, fieldTypeMetadata: type,
            allProject: allProject, projectIds: projectIds)
        ze.nextFieldId += 1
        ze.fields.append(field)
        if let options {
            let items = options.map {
                "{\"value\":\(EnterpriseJSON.quoted($0.value)),\"id\":\(EnterpriseJSON.quoted($0.id))}"
            }
            ze.preferences["\(entity).\(field.fieldName).LOV"] = "[" + items.joined(separator: ",") + "]"
        }
        enterpriseState = ze
        return field
    }

    /// Marks (or unmarks) an option as referenced by some value, as testcases using it would.
    public mutating func markEnterpriseOption(preference: String, id: String, inUse: Bool) {
        var used = Set(enterpriseState.optionsInUse[preference] ?? [])
        if inUse { used.insert(id) } else { used.remove(id) }
        enterpriseState.optionsInUse[preference] = used.isEmpty ? nil : used.sorted()
    }
}
