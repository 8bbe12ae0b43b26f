/// A custom field as Zephyr Enterprise stores it.
///
/// `fieldName` (`zcf_<id>`) is the key values are stored under and the middle of the option
/// preference's name; `displayName` is only a label.
package struct EnterpriseField: Sendable, Hashable {
    package let id: Int
    /// `zcf_<id>`, assigned by the server on create.
    package let fieldName: String
    package let displayName: String
    package let entity: EnterpriseEntity
    /// The type code; resolve what it means from the server's catalogue, never from a table.
    package let fieldTypeMetadata: Int
    package let description: String?
    package let mandatory: Bool
    /// Every project has the field; `projectIds` is then empty or ignored.
    package let allProject: Bool
    /// Sorted.
    package let projectIds: [Int]
    /// At most one unique field per project (evidenced); a planner must not create a second.
    package let unique: Bool
    /// Text length limit when the server sends one.
    package let length: Int?
    /// System fields only appear when asked for; never managed.
    package let systemField: Bool

    package init(
        id: Int, fieldName: String, displayName: String, entity: EnterpriseEntity, fieldTypeMetadata: Int,
        description: String? = nil, mandatory: Bool = false, allProject: Bool = false, projectIds: [Int] = [],
        unique: Bool = false, length: Int? = nil, systemField: Bool = false
    ) {
        self.id = id
        self.fieldName = fieldName
        self.displayName = displayName
        self.entity = entity
        self.fieldTypeMetadata = fieldTypeMetadata
        self.description = description
        self.mandatory = mandatory
        self.allProject = allProject
        self.projectIds = projectIds.sorted()
        self.unique = unique
        self.length = length
        self.systemField = systemField
    }

    /// The preference holding this field's options: `testcase.zcf_1008.LOV`.
    package var optionPreferenceName: String {
        EnterpriseOptionList.preferenceName(entity: entity, fieldName: fieldName)
    }
}

/// What `POST /latest/field` needs. Every other key of the create body is sent with the value
/// the admin UI uses (see `CreateEnterpriseFieldBody`).
package struct NewEnterpriseField: Sendable, Hashable {
    package let entity: EnterpriseEntity
    package let displayName: String
    package let fieldTypeMetadata: Int
    package let description: String?
    package let mandatory: Bool
    package let allProject: Bool
    /// Ignored by the server when `allProject` is true (sent anyway, empty).
    package let projectIds: [Int]
    /// The text length limit; ZE's own default is 1024.
    package let length: Int

    package init(
        entity: EnterpriseEntity, displayName: String, fieldTypeMetadata: Int, description: String? = nil,
        mandatory: Bool = false, allProject: Bool, projectIds: [Int] = [], length: Int = 1024
    ) {
        self.entity = entity
        self.displayName = displayName
        self.fieldTypeMetadata = fieldTypeMetadata
        self.description = description
        self.mandatory = mandatory
        self.allProject = allProject
        self.projectIds = allProject ? [] : projectIds.sorted()
        self.length = length
    }
}
