import FieldSpec
import ZephyrDomain

/// How a definition found its field on the server.
struct RemoteMatch {
    enum Via {
        case name
        /// Found under a former name listed in `previously`.
        case previously(String)
        /// Found under the same name but the other entity type: must be replaced.
        case otherEntity
    }

    let field: RemoteField
    let via: Via
}

/// The server's fields by identity, for matching definitions.
struct RemoteIndex {
    private var byKey: [FieldKey: RemoteField] = [:]
    private(set) var duplicateWarnings: [PlanWarning] = []

    init(_ remote: RemoteState) {
        for field in remote.allFields {
            let key = FieldKey(entity: field.entity, name: Normalization.text(field.name))
            if let kept = byKey[key] {
                // Old servers allowed case-insensitive duplicates; manage the oldest, leave the rest.
                duplicateWarnings.append(
                    PlanWarning(
                        field: key.description,
                        message:
                            "the server has two fields named like this (ids \(kept.id) and \(field.id)); only id \(kept.id) is managed"
                    ))
            } else {
                byKey[key] = field
            }
        }
    }

    /// Finds the server field a definition describes: by name, then by a former name, then by
    /// the same name under the other entity (an entity change) when nothing else claims it.
    func match(_ definition: FieldDefinition, reservedKeys: Set<FieldKey>, claimed: Set<Int>) -> RemoteMatch? {
        if let field = byKey[definition.key], !claimed.contains(field.id) {
            return RemoteMatch(field: field, via: .name)
        }
        for former in definition.previously {
            if let field = byKey[FieldKey(entity: definition.entity, name: former)], !claimed.contains(field.id) {
                return RemoteMatch(field: field, via: .previously(field.name))
            }
        }
        for other in EntityType.allCases where other != definition.entity {
            let otherKey = FieldKey(entity: other, name: definition.name)
            if !reservedKeys.contains(otherKey), let field = byKey[otherKey], !claimed.contains(field.id) {
                return RemoteMatch(field: field, via: .otherEntity)
            }
        }
        return nil
    }
}
