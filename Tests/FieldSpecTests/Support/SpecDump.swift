import FieldSpec

/// A stable, reviewable text form of a `Spec` for golden files: every value and location,
/// with `root` cut from paths so the dump does not depend on where the repository lives.
enum SpecDump {
    static func dump(_ spec: Spec, root: String) -> String {
        func path(_ file: String) -> String { file.hasPrefix(root) ? String(file.dropFirst(root.count)) : file }
        func at(_ location: SourceLocation?) -> String {
            location.map { "\(path($0.file)):\($0.line):\($0.column)" } ?? "-"
        }
        var lines = ["files:"] + spec.files.map { "  \(path($0))" }
        lines.append("definitions:")
        for field in spec.definitions {
            lines.append("  \(field.key) \(field.type.rawValue) @ \(at(field.location))")
            if let description = field.description { lines.append("    description: \(description)") }
            if !field.previously.isEmpty { lines.append("    previously: \(field.previously)") }
            if field.protect { lines.append("    protect: true") }
            if field.allProjects { lines.append("    projects: all") }
            for option in field.options {
                let former = option.previously.isEmpty ? "" : " previously \(option.previously)"
                lines.append("    option \(option.text)\(former) @ \(at(option.location))")
            }
        }
        lines.append("projects:")
        for project in spec.projects {
            lines.append("  \(project.reference) @ \(at(project.location))")
            lines += project.fields.map { "    \($0)" }
        }
        let settings = spec.settings
        lines.append("settings @ \(at(settings.location)):")
        lines.append("  flavor: \(settings.flavor.rawValue)")
        lines.append("  prune: \(settings.prune)")
        lines.append(
            "  delete threshold: \(settings.deleteThresholdPercent)% of at least \(settings.deleteThresholdMinimumFields)"
        )
        let limits = settings.fieldLimits.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }
        lines.append("  limits: " + (limits.isEmpty ? "(none)" : limits.joined(separator: " ")))
        return lines.joined(separator: "\n") + "\n"
    }
}
