import Foundation
import ZephyrDomain

/// A Jira project the simulator knows.
package struct SimProject: Sendable, Codable, Equatable {
    /// Numeric id as a string, as Jira sends it.
    package var id: String
    package var key: String
    package var name: String

    package init(id: String, key: String, name: String) {
        self.id = id
        self.key = key
        self.name = name
    }
}

/// An option of a field as the server stores it.
package struct SimOption: Sendable, Codable, Equatable {
    package var id: Int
    /// The stored text (with apostrophes doubled when it came through `/create`).
    package var text: String
    /// Set by a delete: the option stays visible until then, when the background job finishes.
    package var deleteVisibleUntil: Date?

    package init(id: Int, text: String, deleteVisibleUntil: Date? = nil) {
        self.id = id
        self.text = text
        self.deleteVisibleUntil = deleteVisibleUntil
    }
}

/// A global custom field as the server stores it.
package struct SimField: Sendable, Codable, Equatable {
    package var id: Int
    package var name: String
    /// nil when never set (served as `""`).
    package var description: String?
    /// The server's type name, e.g. `SINGLE_SELECT`.
    package var fieldType: String
    /// `EXECUTION` or `TESTSTEP`.
    package var entityType: String
    /// In id order.
    package var options: [SimOption]
    /// Ids of the projects the field is enabled in, sorted.
    package var enabledProjectIds: [String]
    /// Epoch milliseconds.
    package var createdOn: Int64
    /// Set by a delete: the field stays visible, and still counts against limits and name
    /// uniqueness, until then.
    package var deleteVisibleUntil: Date?

    package init(
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
package struct SimulatorState: Sendable, Codable, Equatable {
    package var projects: [SimProject]
    package var fields: [SimField]
    package var nextFieldId: Int
    package var nextOptionId: Int
    /// Zephyr Enterprise fields and preferences; absent from Squad state files (see `enterpriseState`).
    package var enterprise: EnterpriseSimState? = nil

    package init(projects: [SimProject] = [], fields: [SimField] = [], nextFieldId: Int = 1, nextOptionId: Int = 1) {
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
