import Foundation

/// The validation rules Zephyr servers enforce on fields and options.
///
/// Zephyr Enterprise's limits are not documented: the same lengths and characters are checked
/// for it (refusing a name up front is cheaper than a half-applied plan); only Jira's reserved
/// system field names are Squad's alone.
///
/// Shared by the YAML loader (so bad names fail before anything is sent) and the simulator
/// (so it refuses exactly what a real server refuses).
package enum FieldRules {
    package static let maxNameLength = 255
    package static let maxDescriptionLength = 255
    package static let maxOptionLength = 255
    /// Characters the server refuses in a field name.
    package static let forbiddenNameCharacters: [Character] = [",", ":", "\"", "\\", "/"]
    /// Default per-server limits: fewer than 20 EXECUTION and fewer than 5 TESTSTEP fields.
    package static let defaultLimits: [EntityType: Int] = [.execution: 19, .testStep: 4]

    /// Jira system field names a custom field may not take (compared case-insensitively).
    package static let reservedNames: Set<String> = [
        "summary", "description", "status", "priority", "assignee", "reporter", "labels",
        "comment", "environment", "component", "components", "fixversion", "fix version",
        "affectsversion", "affects version", "issuetype", "issue type", "project", "resolution",
        "created", "updated", "duedate", "due date", "key", "id", "attachment",
    ]

    /// The problem with a field name, or nil when the server would accept it.
    package static func nameProblem(_ name: String, flavor: ServerFlavor = .squad) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "field name must not be blank" }
        if name.count > maxNameLength {
            return "field name is \(name.count) characters long; the server allows at most \(maxNameLength)"
        }
        if let bad = name.first(where: { forbiddenNameCharacters.contains($0) }) {
            return "field name \"\(name)\" contains '\(bad)'; the server refuses any of , : \" \\ /"
        }
        if flavor == .squad, reservedNames.contains(name.lowercased()) {
            return "field name \"\(name)\" is a Jira system field name"
        }
        return nil
    }

    /// The problem with an option text, or nil when the server would accept it.
    package static func optionProblem(_ text: String) -> String? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return "option text must not be blank" }
        if text.count > maxOptionLength {
            return
                "option \"\(text.prefix(40))…\" is \(text.count) characters long; the server allows at most \(maxOptionLength)"
        }
        return nil
    }

    /// The problem with a description, or nil when the server would accept it.
    package static func descriptionProblem(_ text: String) -> String? {
        if text.count > maxDescriptionLength {
            return "description is \(text.count) characters long; the server allows at most \(maxDescriptionLength)"
        }
        return nil
    }
}
