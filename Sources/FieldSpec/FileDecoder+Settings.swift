import ZephyrDomain

extension FileDecoder {
    /// The settings block; keys left out keep their defaults.
    mutating func settings(_ node: YAMLNode, at location: SourceLocation) -> SpecSettings? {
        guard let block = reader.mapping(node, allowed: Keys.settings, what: "'settings'") else { return nil }
        // The flavor was decided from every file first (FlavorScanner): the block gets the
        // decided one, its defaults, and only its value is checked here.
        var settings = SpecSettings(flavor: flavor.flavor ?? .squad, location: location)
        if let value = block["flavor"] { checkFlavor(value) }
        if let value = block["prune"], let prune = reader.boolean(value, "prune") {
            settings.prune = prune
        }
        if let value = block["delete_threshold_percent"],
            let percent = reader.integer(value, "delete_threshold_percent", in: 0...100)
        {
            settings.deleteThresholdPercent = percent
        }
        if let value = block["delete_threshold_min_fields"],
            let minimum = reader.integer(value, "delete_threshold_min_fields", in: 0...Int.max)
        {
            settings.deleteThresholdMinimumFields = minimum
        }
        if let value = block["field_limits"] {
            settings.fieldLimits.merge(fieldLimits(value)) { _, new in new }
        }
        return settings
    }

    /// `squad` or `enterprise`, exactly as `--flavor` takes them.
    private mutating func checkFlavor(_ node: YAMLNode) {
        guard let text = reader.string(node, "flavor"), ServerFlavor(rawValue: text) == nil else { return }
        let hint = ServerFlavor(rawValue: text.lowercased()).map { " (write it in lower case: \($0.rawValue))" } ?? ""
        reader.error("'flavor' must be squad or enterprise; found \"\(text)\"\(hint)", at: node)
    }

    /// Limits for the flavor's entities only: another product's entity cannot be in this configuration.
    private mutating func fieldLimits(_ node: YAMLNode) -> [EntityType: Int] {
        let legal = flavor.flavor?.entities ?? EntityType.allCases
        guard let block = reader.mapping(node, allowed: legal.map(\.rawValue), what: "'field_limits'") else {
            return [:]
        }
        var limits: [EntityType: Int] = [:]
        for entity in legal {
            if let value = block[entity.rawValue],
                let limit = reader.integer(value, "field_limits.\(entity.rawValue)", in: 1...Int.max)
            {
                limits[entity] = limit
            }
        }
        return limits
    }
}
