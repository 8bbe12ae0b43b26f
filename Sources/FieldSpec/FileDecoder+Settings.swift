import Yams
import ZephyrDomain

extension FileDecoder {
    /// The settings block; keys left out keep their defaults.
    mutating func settings(_ node: Node, at location: SourceLocation) -> SpecSettings? {
        guard let block = reader.mapping(node, allowed: Keys.settings, what: "'settings'") else { return nil }
        var settings = SpecSettings(location: location)
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

    private mutating func fieldLimits(_ node: Node) -> [EntityType: Int] {
        let entities = EntityType.allCases.map(\.rawValue)
        guard let block = reader.mapping(node, allowed: entities, what: "'field_limits'") else { return [:] }
        var limits: [EntityType: Int] = [:]
        for entity in EntityType.allCases {
            if let value = block[entity.rawValue],
                let limit = reader.integer(value, "field_limits.\(entity.rawValue)", in: 1...Int.max)
            {
                limits[entity] = limit
            }
        }
        return limits
    }
}
