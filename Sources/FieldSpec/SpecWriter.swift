import Foundation
import Yams
import ZephyrDomain

/// Writes configuration files in the format `SpecLoader` reads (used by `export`).
///
/// Emitted through Yams so quoting is always right; text that plain YAML would read as
/// something else (`yes`, `123`, `null`, leading spaces, `:`) is double-quoted.
package enum SpecWriter {
    /// A field that cannot be written as YAML the loader accepts, kept as a comment.
    package struct Skipped: Sendable, Hashable {
        package let entity: EntityType
        package let name: String
        package let typeName: String
        package let reason: String

        package init(entity: EntityType, name: String, typeName: String, reason: String) {
            self.entity = entity
            self.name = name
            self.typeName = typeName
            self.reason = reason
        }
    }

    /// A definitions file: every field once, optional settings, and skipped fields as comments.
    ///
    /// `flavor` Enterprise writes `flavor: enterprise` in the settings, so the file loads as
    /// Enterprise without `--flavor`; Squad, the default, writes no flavor (exports made before
    /// Enterprise existed read the same). Only the flavor's entities' limits are written.
    package static func definitionsFile(
        header: [String], fields: [FieldDefinition], fieldLimits: [EntityType: Int]?, skipped: [Skipped],
        flavor: ServerFlavor = .squad
    ) throws -> String {
        var pairs: [(Node, Node)] = []
        var settings: [(Node, Node)] = []
        if flavor != .squad { settings.append((key("flavor"), key(flavor.rawValue))) }
        if let fieldLimits {
            let limits = flavor.entities.compactMap { entity in
                fieldLimits[entity].map { (key(entity.rawValue), Node(String($0))) }
            }
            if !limits.isEmpty { settings.append((key("field_limits"), .mapping(.init(limits, .implicit, .flow)))) }
        }
        if !settings.isEmpty { pairs.append((key("settings"), .mapping(.init(settings)))) }
        pairs.append((key("fields"), .sequence(.init(fields.map(fieldNode)))))
        var text = try Yams.serialize(node: .mapping(.init(pairs)), indent: 2, width: -1, allowUnicode: true)
        if !skipped.isEmpty {
            text += "\n# Not managed: these fields' names or types cannot be declared as they are. Rename them on\n"
            text += "# the server (then export again), or declare a valid name with the old one under `previously`.\n"
            for field in skipped {
                text += comments(["  \(field.entity.rawValue)/\(field.name) (\(field.typeName)): \(field.reason)"])
            }
        }
        return comments(header) + text
    }

    /// A project file listing, by reference, the fields enabled in the project.
    package static func projectFile(header: [String], project: String, fields: [FieldKey]) throws -> String {
        let references = fields.map { field in
            Node.mapping(
                .init(
                    [(key("name"), string(field.name)), (key("entity"), key(field.entity.rawValue))], .implicit, .flow))
        }
        let node = Node.mapping(
            .init([(key("project"), string(project)), (key("fields"), .sequence(.init(references)))]))
        return comments(header) + (try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true))
    }

    private static func fieldNode(_ field: FieldDefinition) -> Node {
        var pairs: [(Node, Node)] = [
            (key("name"), string(field.name)),
            (key("entity"), key(field.entity.rawValue)),
            (key("type"), key(field.type.rawValue)),
        ]
        if let description = field.description { pairs.append((key("description"), string(description))) }
        if !field.options.isEmpty {
            pairs.append((key("options"), .sequence(.init(field.options.map { string($0.text) }, .implicit, .flow))))
        }
        if !field.previously.isEmpty {
            pairs.append((key("previously"), .sequence(.init(field.previously.map(string), .implicit, .flow))))
        }
        if field.protect { pairs.append((key("protect"), key("true"))) }
        if field.allProjects { pairs.append((key("projects"), key("all"))) }
        return .mapping(.init(pairs))
    }

    /// Comment lines. Their text may come from the server (field names, types, its URL), so
    /// line breaks and other controls are escaped: raw, they would end the comment and turn
    /// the rest of the text into configuration.
    static func comments(_ lines: [String]) -> String {
        lines.map { $0.isEmpty ? "#\n" : "# \(DisplayText.escaped($0))\n" }.joined()
    }

    private static func key(_ text: String) -> Node {
        .scalar(.init(text, .implicit, .plain))
    }

    /// Plain when the text reads back as the same string, double-quoted otherwise.
    private static func string(_ text: String) -> Node {
        .scalar(.init(text, .implicit, isSafePlain(text) ? .plain : .doubleQuoted))
    }

    private static let plainWords: Set<String> = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "",
    ]

    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, CharacterSet.letters.contains(first),
            text == text.trimmingCharacters(in: .whitespaces),
            !plainWords.contains(text.lowercased())
        else { return false }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: " _-.()'&+/"))
        return text.unicodeScalars.allSatisfy { allowed.contains($0) } && !text.contains(" #")
    }
}
