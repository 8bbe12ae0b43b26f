import Foundation
import ZephyrDomain

/// A Jira project the simulator knows.
public struct SimProject: Sendable, Codable, Equatable {
    /// Numeric id as a string, as Jira sends it.
    public var id: String
    public var key: String
    public var name: String

    public init(id: String, key: String, name: String) {
        self.id = id
        self.key = key
        self.name = name
    }
}

/// An option of a field as the server stores it.
public struct SimOption: Sendable, Codable, Equatable {
    public var id: Int
    /// The stored text (with apostrophes doubled when it came through `/create`).
    public var text: String
    /// Set by a delete: the option stays visible until then, when the background job finishes.
    public var deleteVisibleUntil: Date?

    public init(id: Int, text: String, deleteVisibleUntil: Date? = nil) {
        self.id = id
        self.text = text
        self.deleteVisibleUntil = deleteVisibleUntil
    }
}

/// A global custom field as the server stores it.
public struct SimField: Sendable, Codable, Equatable {
    public var id: Int
    public var name: String
    /// nil when never set (served as `""`).
    public var description: String?
    /// The server's type name, e.g. `SINGLE_SELECT`.
    public var fieldType: String
    /// `EXECUTION` or `TESTSTEP`.
    public var entityType: String
    /// In id order.
    public var options: [SimOption]
    /// Ids of the projects the field is enabled in, sorted.
    public var enabledProjectIds: [String]
    /// Epoch milliseconds.
    public var createdOn: Int64
    /// Set by a delete: the field stays visible, and still counts against limits and name
    /// uniqueness, until then.
    public var deleteVisibleUntil: Date?

    public init(
        id: Int, name: String, description: String? = nil, fieldType: String, entityType: String,
        options: [SimOption] = [], enabledProjectIds: [String] = [], createdOn: Int64,
        deleteVisibleUntil: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.fieldType = fieldType
        self.entityType = entityType
        self.options = options
        self.enabledProjectIds = enabledProjectIds.sorted()
        self.createdOn = createdOn
        self.deleteVisibleUntil = deleteVisibleUntil
    }

    /// Options not waiting for a background delete.
    var liveOptions: [SimOption] { options.filter { $0.deleteVisibleUntil == nil } }
}

/// Everything the simulated server stores: what `--state FILE` holds.
public struct SimulatorState: Sendable, Codable, Equatable {
    public var projects: [SimProject]
    public var fields: [SimField]
    public var nextFieldId: Int
    public var nextOptionId: Int
    /// Zephyr Enterprise fields and preferences; absent from Squad state files (see `enterpriseState`).
    public var enterprise: EnterpriseSimState? = nil

    public init(projects: [SimProject] = [], fields: [SimField] = [], nextFieldId: Int = 1, nextOptionId: Int = 1) {
        self.projects = projects
        self.fields = fields
        self.nextFieldId = nextFieldId
        self.nextOptionId = nextOptionId
    }

    /// Removes fields and options whose background delete has finished by `now`.
    mutating func finishDeletes(now: Date) {
        fields.removeAll { $0.deleteVisibleUntil.map { $0 <= now } ?? false }
        for index in fields.indices {
            fields[index].options.removeAll { $0.deleteVisibleUntil.map { $0 <= now } ?? false }
        }
    }

    func fieldIndex(id: Int) -> Int? {
        fields.firstIndex { $0.id == id }
    }

    func project(id: String) -> SimProject? {
        projects.first { $0.id == id }
    }
}
