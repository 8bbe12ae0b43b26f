import FieldSpec
import Foundation
import ZephyrDomain

/// One file `export` writes, relative to the output directory.
package struct ExportedFile: Sendable, Hashable {
    package let name: String
    package let contents: String

    package init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Turns a live server into configuration files that plan as "no changes": every global field
/// once in `definitions.yaml`, and one file per project listing the fields enabled there.
package struct Exporter: Sendable {
    let backend: any FieldBackend
    let progress: ProgressTracker

    package init(backend: any FieldBackend, progress: ProgressTracker = ProgressTracker()) {
        self.backend = backend
        self.progress = progress
    }

    /// - Parameters:
    ///   - projectKeys: only these projects; empty for all projects.
    ///   - includeEmptyProjects: also write files for projects with no field enabled.
    package func export(projectKeys: [String], includeEmptyProjects: Bool, header: [String])
        async throws(ReconcilerError) -> [ExportedFile]
    {
        let all = try await backend.projects()
        var selected: [ProjectRef] = []
        for wanted in projectKeys {
            guard let project = all.first(where: { $0.key.uppercased() == wanted.uppercased() || $0.id == wanted })
            else {
                throw .unknownProjectFilter(wanted)
            }
            selected.append(project)
        }
        if projectKeys.isEmpty { selected = all }
        let remote = try await backend.readState(
            projects: Array(Set(selected)).sorted(), entities: Set(backend.capabilities.flavor.entities),
            progress: progress)

        let (definitions, skipped) = Self.definitions(from: remote)
        let exportedIds = Dictionary(uniqueKeysWithValues: definitions.map { ($0.id, $0.definition.key) })
        var counts: [EntityType: Int] = [:]
        for definition in definitions { counts[definition.definition.entity, default: 0] += 1 }
        // Only Squad has limits; an Enterprise export writes none.
        let overLimit = counts.contains { $0.value > FieldRules.defaultLimits[$0.key, default: .max] }
        let limits = overLimit ? FieldRules.defaultLimits.merging(counts) { max($0, $1) } : nil

        var files = [
            ExportedFile(
                name: ExportFileNames.definitions,
                contents: try Self.write {
                    try SpecWriter.definitionsFile(
                        header: header, fields: definitions.map(\.definition), fieldLimits: limits, skipped: skipped,
                        flavor: backend.capabilities.flavor)
                })
        ]
        // A field in every project (Enterprise) says `projects: all` once instead of in each file.
        let everywhere = Set(definitions.filter(\.definition.allProjects).map(\.id))
        let written = remote.projects.compactMap { project -> (ProjectRef, [FieldKey])? in
            let keys = (remote.enabled[project] ?? []).subtracting(everywhere).compactMap { exportedIds[$0] }.sorted()
            return !keys.isEmpty || includeEmptyProjects || !projectKeys.isEmpty ? (project, keys) : nil
        }
        for ((project, keys), name) in zip(written, try ExportFileNames.names(for: written.map(\.0.key))) {
            files.append(
                ExportedFile(
                    name: name,
                    contents: try Self.write {
                        try SpecWriter.projectFile(header: header, project: project.key, fields: keys)
                    }))
        }
        return files
    }

    /// Definitions for every field the loader would accept; the rest, with the reason.
    static func definitions(from remote: RemoteState) -> (
        [(id: Int, definition: FieldDefinition)], [SpecWriter.Skipped]
    ) {
        var definitions: [(id: Int, definition: FieldDefinition)] = []
        var skipped: [SpecWriter.Skipped] = []
        var seen: [FieldKey: Int] = [:]
        let location = SourceLocation(file: "definitions.yaml", line: 1, column: 1)
        for field in remote.allFields.sorted(by: { ($0.key, $0.id) < ($1.key, $1.id) }) {
            let name = Normalization.text(field.name)
            let options = field.options.map { Normalization.text($0.text) }
            let skip = { (reason: String) in
                skipped.append(
                    SpecWriter.Skipped(entity: field.entity, name: field.name, typeName: field.typeName, reason: reason)
                )
            }
            guard let type = field.type else {
                skip("type \(field.typeName) is not one this tool manages")
                continue
            }
            if let problem = FieldRules.nameProblem(name, flavor: field.entity.flavor) {
                skip(problem)
                continue
            }
            if let other = seen[field.key] {
                skip("its name differs only in case from field \(other)")
                continue
            }
            if type.takesOptions(on: field.entity.flavor), options.isEmpty {
                skip("a \(type.rawValue) field needs at least one option")
                continue
            }
            if let problem = options.lazy.compactMap(FieldRules.optionProblem).first {
                skip(problem)
                continue
            }
            if Set(options).count != options.count {
                skip("two of its options have the same text")
                continue
            }
            let description = Normalization.description(field.description)
            if let problem = FieldRules.descriptionProblem(description) {
                skip(problem)
                continue
            }
            seen[field.key] = field.id
            definitions.append(
                (
                    field.id,
                    FieldDefinition(
                        name: name, entity: field.entity, type: type,
                        description: description.isEmpty ? nil : description,
                        options: type.takesOptions(on: field.entity.flavor)
                            ? options.map { OptionSpec(text: $0, location: location) } : [],
                        allProjects: field.allProjects, location: location
                    )
                ))
        }
        return (definitions, skipped)
    }

    /// A file name from a project key: lower case, anything unusual replaced.
    static func fileName(for key: String) -> String {
        String(key.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }

    private static func write(_ body: () throws -> String) throws(ReconcilerError) -> String {
        do { return try body() } catch {
            throw .server("cannot write the server's fields as YAML: \(error.localizedDescription)")
        }
    }
}
