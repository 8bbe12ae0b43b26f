import Foundation
import ZephyrDomain

extension SimulatorState {
    /// The projects a new state file or `zephyr-fields simulator` starts with: every project the
    /// examples name.
    package static let defaultProjectCount = 4

    /// A fresh server with `projectCount` projects and no fields.
    ///
    /// Projects are WEB (id `10000`), API (`10001`), MOBILE (`10002`), DEMO (`10003`), then
    /// P0005, P0006, … with ids counting on from `10004`. The examples use the named ones.
    package static func seeded(projectCount: Int = 3) -> SimulatorState {
        let named = [("WEB", "Web Shop"), ("API", "Public API"), ("MOBILE", "Mobile App"), ("DEMO", "Demo")]
        let projects = (0..<max(0, projectCount)).map { index in
            let (key, name) =
                index < named.count
                ? named[index]
                : (String(format: "P%04d", index + 1), "Project \(index + 1)")
            return SimProject(id: String(10000 + index), key: key, name: name)
        }
        return SimulatorState(projects: projects)
    }

    /// Adds a field directly, skipping validation: a seeding helper for tests.
    ///
    /// Options are stored exactly as written; `projectKeys` that name no project are ignored.
    /// - Returns: the new field's id.
    @discardableResult
    package mutating func addField(
        name: String, entity: EntityType, type: FieldType, description: String? = nil,
        options: [String] = [], enabledIn projectKeys: [String] = []
    ) -> Int {
        let id = nextFieldId
        nextFieldId += 1
        var stored: [SimOption] = []
        for text in options {
            stored.append(SimOption(id: nextOptionId, text: text))
            nextOptionId += 1
        }
        let projectIds = projectKeys.compactMap { key in projects.first { $0.key == key }?.id }
        fields.append(
            SimField(
                id: id, name: name, description: description, fieldType: type.rawValue,
                entityType: entity.rawValue, options: stored, enabledProjectIds: projectIds,
                createdOn: Int64(Date().timeIntervalSince1970 * 1000)
            ))
        return id
    }
}
