extension FieldDefinition {
    /// How this definition differs from `other`, one phrase per property ("type X differs from Y");
    /// empty when two files repeat the same definition. Locations do not count.
    func differences(from other: FieldDefinition) -> [String] {
        var differences: [String] = []
        func compare(_ label: String, _ mine: String, _ theirs: String) {
            if mine != theirs { differences.append("\(label) \(mine) differs from \(theirs)") }
        }
        compare("name", "\"\(name)\"", "\"\(other.name)\"")
        compare("type", type.rawValue, other.type.rawValue)
        compare("description", Self.describe(description), Self.describe(other.description))
        compare("options", Self.describe(options), Self.describe(other.options))
        compare("previously", Self.describe(previously), Self.describe(other.previously))
        compare("protect", String(protect), String(other.protect))
        compare(
            "projects", allProjects ? "all" : "(the files that list it)",
            other.allProjects ? "all" : "(the files that list it)")
        return differences
    }

    private static func describe(_ description: String?) -> String {
        description.map { "\"\($0)\"" } ?? "(none)"
    }

    private static func describe(_ names: [String]) -> String {
        "[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    private static func describe(_ options: [OptionSpec]) -> String {
        "["
            + options.map { option in
                "\"\(option.text)\"" + (option.previously.isEmpty ? "" : " (previously \(describe(option.previously)))")
            }.joined(separator: ", ") + "]"
    }
}
