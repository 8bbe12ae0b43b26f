import ZephyrDomain

extension SpecAssembler {
    /// Every reference names a field some file defines.
    mutating func checkReferences() {
        for (key, location) in references where definitions[key] == nil {
            var message =
                "field \(key) is not defined in any file; define it (with 'type') here or in a definitions file"
            let twins = entities.compactMap { other in
                other == key.entity ? nil : definitions[FieldKey(entity: other, name: key.name)]
            }
            if let twin = twins.first {
                message += " (did you mean field \(twin.key), defined at \(twin.location)?)"
            }
            diagnostics.error(message, at: location)
        }
    }

    /// A former name must not be a field that still exists, nor the former name of two fields:
    /// either would make the rename ambiguous.
    mutating func checkFormerNames() {
        var claimed: [FieldKey: FieldDefinition] = [:]
        for key in definitionOrder {
            guard case .definition(let definition, let locations) = definitions[key] else { continue }
            for (former, location) in zip(definition.previously, locations) {
                let formerKey = FieldKey(entity: definition.entity, name: former)
                if let existing = definitions[formerKey] {
                    diagnostics.error(
                        "'previously' lists \"\(former)\", but field \(existing.key) is defined at \(existing.location); a field cannot take over a field that still exists",
                        at: location)
                } else if let owner = claimed[formerKey] {
                    diagnostics.error(
                        "'previously' lists \"\(former)\", but field \(owner.key) at \(owner.location) lists it too; a former name belongs to one field",
                        at: location)
                } else {
                    claimed[formerKey] = definition
                }
            }
        }
    }

    /// The server refuses more fields of one entity than its limit: say so before any call.
    mutating func checkLimits() {
        let limits = settings ?? SpecSettings(flavor: flavor ?? .squad)
        for entity in entities {
            let keys = definitionOrder.filter { $0.entity == entity }
            let limit = limits.limit(for: entity)
            guard keys.count > limit, let first = definitions[keys[limit]] else { continue }
            diagnostics.error(
                "too many \(entity.rawValue) fields: \(keys.count) are defined, the limit is \(limit); this is field \(limit + 1) (raise settings.field_limits.\(entity.rawValue) only if your server allows more)",
                at: first.location)
        }
    }
}
