import Foundation
import ZephyrDomain
import ZephyrSimulator

/// One field of the benchmark: how it is seeded on the server and declared in the YAML.
struct BenchField: Sendable {
    let name: String
    let entity: EntityType
    let type: FieldType
    let options: [String]
    /// Enabled in every project before the apply (and listed by the "current" config).
    let initiallyEnabled: Bool
}

/// The benchmark's world: P projects and fields up to the server's limits (19 EXECUTION,
/// 4 TESTSTEP), 18 of them enabled everywhere and 5 nowhere, so applying the "target" config
/// enables 5 fields in every project.
struct BenchScenario: Sendable {
    let projectCount: Int
    let fields: [BenchField]

    /// - Parameters:
    ///   - executionEnabled, stepEnabled: how many of the 19 EXECUTION and 4 TESTSTEP fields are
    ///     enabled everywhere at the start; the rest are what an apply of "target" enables.
    init(projectCount: Int, executionEnabled: Int = 15, stepEnabled: Int = 3) {
        self.projectCount = projectCount
        // A mix of types with and without options, so reads decode realistic bodies.
        let execution = (1...19).map { number in
            BenchField(
                name: String(format: "Execution field %02d", number), entity: .execution,
                type: number % 3 == 0 ? .singleSelect : .text,
                options: number % 3 == 0 ? ["Alpha", "Beta", "Gamma"] : [],
                initiallyEnabled: number <= executionEnabled)
        }
        let step = (1...4).map { number in
            BenchField(
                name: "Step field \(number)", entity: .testStep, type: .largeText, options: [],
                initiallyEnabled: number <= stepEnabled)
        }
        self.fields = execution + step
    }

    /// Fields an apply of the "target" config enables in each project.
    var missingPerProject: Int { fields.filter { !$0.initiallyEnabled }.count }

    /// The seeded server. Enablement is set on the stored field directly: `addField(enabledIn:)`
    /// looks every key up linearly, which is quadratic in the project count (minutes at 5,000).
    func serverState() -> SimulatorState {
        var state = SimulatorState.seeded(projectCount: projectCount)
        let allIds = state.projects.map(\.id).sorted()
        for field in fields {
            let id = state.addField(name: field.name, entity: field.entity, type: field.type, options: field.options)
            if field.initiallyEnabled, let index = state.fields.firstIndex(where: { $0.id == id }) {
                state.fields[index].enabledProjectIds = allIds
            }
        }
        return state
    }

    /// Project keys as `SimulatorState.seeded` names them.
    var projectKeys: [String] {
        SimulatorState.seeded(projectCount: projectCount).projects.map(\.key)
    }

    /// Writes `definitions.yaml` plus one file per project into `directory`.
    /// - Parameter listAll: true for "target" (every field in every project), false for
    ///   "current" (only the fields enabled now).
    func writeConfig(to directory: URL, listAll: Bool) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var definitions = "fields:\n"
        for field in fields {
            definitions +=
                "  - name: \(field.name)\n    entity: \(field.entity.rawValue)\n    type: \(field.type.rawValue)\n"
            if !field.options.isEmpty { definitions += "    options: [\(field.options.joined(separator: ", "))]\n" }
        }
        try definitions.write(
            to: directory.appendingPathComponent("definitions.yaml"), atomically: true, encoding: .utf8)

        let listed = fields.filter { listAll || $0.initiallyEnabled }
        let references = listed.map { "  - name: \($0.name)\n    entity: \($0.entity.rawValue)\n" }.joined()
        for key in projectKeys {
            let text = "project: \(key)\nfields:\n" + references
            try text.write(
                to: directory.appendingPathComponent("\(key.lowercased()).yaml"), atomically: true, encoding: .utf8)
        }
    }

    /// Names each project should have enabled, per entity type, under one config.
    func wanted(listAll: Bool) -> [EntityType: Set<String>] {
        var result: [EntityType: Set<String>] = [:]
        for field in fields where listAll || field.initiallyEnabled {
            result[field.entity, default: []].insert(field.name)
        }
        return result
    }
}
