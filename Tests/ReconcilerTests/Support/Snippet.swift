import FieldSpec
import Foundation
import ZephyrBackends
import ZephyrDomain

@testable import Reconciler

/// YAML in, plan out: the small fixtures every planner test is written with.
enum Snippet {
    static let web = ProjectRef(id: "10000", key: "WEB")
    static let api = ProjectRef(id: "10001", key: "API")
    static let mobile = ProjectRef(id: "10002", key: "MOBILE")
    static let projects = [web, api, mobile]

    /// Loads `yaml` (one file, or several separated by `# file: name.yaml` lines) through the real loader.
    static func spec(_ yaml: String) throws -> Spec {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zf-snippet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [(String, String)] = []
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# file: ") {
                files.append((String(line.dropFirst("# file: ".count)), ""))
            } else if files.isEmpty {
                files.append(("config.yaml", String(line) + "\n"))
            } else {
                files[files.count - 1].1 += String(line) + "\n"
            }
        }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try SpecLoader().load(paths: [directory.path])
    }

    static func field(
        _ id: Int, _ name: String, _ entity: EntityType = .execution, type: String = "TEXT",
        description: String? = "", options: [String] = [], allProjects: Bool = false
    ) -> RemoteField {
        RemoteField(
            id: id, name: name, description: description, typeName: type, entity: entity,
            options: options.enumerated().map { RemoteOption(id: String(100 * id + $0.offset), text: $0.element) },
            allProjects: allProjects
        )
    }

    /// The remote state: fields, and which field ids each project has enabled.
    static func remote(_ fields: [RemoteField], enabled: [ProjectRef: [Int]] = [:]) -> RemoteState {
        var map: [ProjectRef: Set<Int>] = Dictionary(uniqueKeysWithValues: projects.map { ($0, []) })
        for (project, ids) in enabled { map[project] = Set(ids) }
        return RemoteState(fields: Dictionary(grouping: fields, by: \.entity), enabled: map)
    }

    static func plan(
        _ yaml: String, _ remote: RemoteState, options: PlanOptions = PlanOptions(),
        capabilities: BackendCapabilities = SquadBackend.capabilities
    ) throws -> Plan {
        let spec = try spec(yaml)
        let resolved = spec.projects.map { project in
            ResolvedProject(spec: project, ref: projects.first { $0.key == project.reference.uppercased() } ?? web)
        }
        let narrowed = resolved.filter { options.includes($0.ref) }
        let remote = RemoteState(
            fields: remote.fields, enabled: remote.enabled.filter { key, _ in narrowed.contains { $0.ref == key } })
        return Planner(options: options, capabilities: capabilities).plan(
            spec: spec, remote: remote, projects: narrowed)
    }

    static func text(_ plan: Plan, kind: ReportKind = .plan) -> String {
        TextPlanRenderer(color: false).render(plan, kind: kind)
    }
}
