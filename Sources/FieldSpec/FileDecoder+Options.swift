import ZephyrDomain

extension FileDecoder {
    /// The options of a field of `type`, after checking the type takes them on this flavor.
    mutating func options(_ entry: KeyedMapping, type: FieldType, typeNode: YAMLNode) -> [OptionSpec] {
        guard let flavor = flavor.flavor else {
            // Flavor unknown (its value is reported): only CHECKBOX differs, so check it alone
            // against neither product, and every other type as both products agree.
            if type == .checkbox { return entry["options"].map { optionList($0, type: type) } ?? [] }
            return options(entry, type: type, typeNode: typeNode, on: .squad)
        }
        return options(entry, type: type, typeNode: typeNode, on: flavor)
    }

    private mutating func options(_ entry: KeyedMapping, type: FieldType, typeNode: YAMLNode, on flavor: ServerFlavor)
        -> [OptionSpec]
    {
        guard let node = entry["options"] else {
            if type.takesOptions(on: flavor) {
                reader.error("type \(type.rawValue) needs options: add a non-empty 'options' list", at: typeNode)
            }
            return []
        }
        if type == .checkbox, !type.takesOptions(on: flavor) {
            reader.error(
                "type CHECKBOX takes no options on \(flavor.productName), where a checkbox is a single yes/no box; remove 'options' (use MULTI_SELECT for a list of choices)",
                at: node)
            return []
        }
        guard type.takesOptions(on: flavor) else {
            let optionTypes = flavor.fieldTypes.filter { $0.takesOptions(on: flavor) }.map(\.rawValue)
            reader.error(
                "type \(type.rawValue) takes no options; remove 'options' (only \(optionTypes.joined(separator: ", ")) have options)",
                at: node)
            return []
        }
        return optionList(node, type: type)
    }

    private mutating func optionList(_ node: YAMLNode, type: FieldType) -> [OptionSpec] {
        guard let items = reader.list(node, "options") else { return [] }
        if items.isEmpty {
            reader.error("'options' must not be empty for type \(type.rawValue)", at: node)
        }
        let options = items.compactMap { option($0) }
        checkOptionTexts(options)
        return options
    }

    /// An option: plain text, or a mapping with `text` and `previously`.
    private mutating func option(_ node: YAMLNode) -> OptionSpec? {
        let location = reader.location(of: node)
        if case .mapping = node {
            guard let entry = reader.mapping(node, allowed: Keys.option, what: "an option") else { return nil }
            guard let textNode = entry["text"] else {
                if !entry.misspells("text") { reader.error("option is missing 'text'", at: node) }
                return nil
            }
            guard let text = optionText(textNode) else { return nil }
            var previously: [String] = []
            for item in entry["previously"].flatMap({ reader.list($0, "previously") }) ?? [] {
                guard let former = reader.string(item, "previously") else { continue }
                if let problem = FieldRules.optionProblem(former) {
                    reader.error("former option text: \(problem)", at: item)
                } else {
                    previously.append(former)
                }
            }
            return OptionSpec(text: text, previously: previously, location: location)
        }
        return optionText(node).map { OptionSpec(text: $0, location: location) }
    }

    private mutating func optionText(_ node: YAMLNode) -> String? {
        guard case .scalar = node else {
            reader.error(
                "an option must be text, or a mapping with 'text' and 'previously'; found \(node.found)", at: node)
            return nil
        }
        guard let text = reader.string(node, "option") else { return nil }
        if let problem = FieldRules.optionProblem(text) {
            reader.error(problem, at: node)
            return nil
        }
        return text
    }

    /// Texts are unique (case-sensitively, as the server compares them), and a former text
    /// belongs to one option and is not a current one: otherwise a rename would be ambiguous.
    private mutating func checkOptionTexts(_ options: [OptionSpec]) {
        var current: [String: SourceLocation] = [:]
        for option in options {
            if let first = current[option.text] {
                reader.diagnostics.error(
                    "option \"\(option.text)\" is listed twice (first at line \(first.line))", at: option.location)
            } else {
                current[option.text] = option.location
            }
        }
        var claimed: [String: OptionSpec] = [:]
        for option in options {
            for former in option.previously {
                if current[former] != nil {
                    reader.diagnostics.error(
                        "option \"\(option.text)\" lists \"\(former)\" in 'previously', but \"\(former)\" is a current option of this field",
                        at: option.location)
                } else if let owner = claimed[former] {
                    reader.diagnostics.error(
                        "option \"\(option.text)\" lists \"\(former)\" in 'previously', but option \"\(owner.text)\" at line \(owner.location.line) already does",
                        at: option.location)
                } else {
                    claimed[former] = option
                }
            }
        }
    }
}
