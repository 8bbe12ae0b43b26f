import Foundation

/// A Zephyr Enterprise custom field as the simulated server stores it.
package struct EnterpriseSimField: Sendable, Codable, Equatable {
    package var id: Int
    package var displayName: String
    /// `testcase` or `requirement`.
    package var entityName: String
    package var fieldTypeMetadata: Int
    package var description: String?
    package var mandatory: Bool
    package var allProject: Bool
    /// Sorted.
    package var projectIds: [Int]
    package var unique: Bool
    package var length: Int
    package var searchFieldName: String
    /// Epoch milliseconds.
    package var createdOn: Int64

    /// `zcf_<id>`: the column values are stored under, assigned by the server.
    package var fieldName: String { "zcf_\(id)" }

    package init(
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
package struct EnterpriseSimState: Sendable, Codable, Equatable {
    package var fields: [EnterpriseSimField]
    /// Preference name → value (JSON text, kept exactly as written).
    package var preferences: [String: String]
    /// Preference name → ids of the options some value references (sorted).
    package var optionsInUse: [String: [String]]
    /// ZE custom field ids count on from about a thousand on a live tenant.
    package var nextFieldId: Int

    package init(
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
    package var enterpriseState: EnterpriseSimState {
        get { enterprise ?? EnterpriseSimState() }
        set { enterprise = newValue }
    }

    /// ZE's projects: every project whose id is numeric.
    package var enterpriseProjects: [(id: Int, name: String)] {
        projects.compactMap { project in Int(project.id).map { ($0, project.name) } }
    }

    /// Adds a ZE field directly, skipping validation: a seeding helper for tests.
    @discardableResult
    package mutating func addEnterpriseField(
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
    package mutating func markEnterpriseOption(preference: String, id: String, inUse: Bool) {
        var used = Set(enterpriseState.optionsInUse[preference] ?? [])
        if inUse { used.insert(id) } else { used.remove(id) }
        enterpriseState.optionsInUse[preference] = used.isEmpty ? nil : used.sorted()
    }
}
