import FieldSpec
import ZephyrClient
import ZephyrDomain

/// The change one definition needs against the server field it matched.
struct FieldDiff {
    private(set) var change: FieldChange
    private(set) var warnings: [PlanWarning] = []

    init(definition: FieldDefinition, match: RemoteMatch, remote: RemoteState, projects: [ResolvedProject]) {
        let field = match.field
        let users = projects.filter { $0.spec.fields.contains(definition.key) }.map(\.ref)
        let typeChanged = field.typeName.uppercased() != definition.type.rawValue
        var entityChanged = false
        if case .otherEntity = match.via { entityChanged = true }

        if typeChanged || entityChanged {
            var attributes: [AttributeChange] = []
            if entityChanged {
                attributes.append(.init(attribute: "entity", before: field.entity.rawValue, after: definition.entity.rawValue, forcesReplacement: true))
            }
            if typeChanged {
                attributes.append(.init(attribute: "type", before: field.typeName, after: definition.type.rawValue, forcesReplacement: true))
            }
            let what = attributes.map { "\($0.attribute) changes from \($0.before ?? "") to \($0.after ?? "")" }
            change = FieldChange(
                entity: definition.entity, name: definition.name, action: .replace, fieldId: field.id,
                before: field.snapshot, after: definition.snapshot, attributes: attributes,
                projects: users.map { ProjectChange(kind: .enable, project: $0) },
                reason: what.joined(separator: "; ") + "; the server cannot change this in place",
                protected: definition.protect
            )
            return
        }

        var attributes: [AttributeChange] = []
        var reasons: [String] = []
        if Normalization.text(field.name) != definition.name {
            attributes.append(.init(attribute: "name", before: field.name, after: definition.name))
            if case .previously(let former) = match.via {
                reasons.append("renamed from \"\(former)\" (listed in previously)")
            } else {
                reasons.append("name differs in case")
            }
        }
        if let wanted = definition.description.map(Normalization.description) {
            let current = Normalization.description(field.description)
            if wanted.isEmpty, !current.isEmpty {
                warnings.append(PlanWarning(
                    field: definition.key.description,
                    message: "the server cannot clear a description; it stays \"\(current)\" (remove `description` from the file to stop this warning)"
                ))
            } else if wanted != current {
                attributes.append(.init(attribute: "description", before: field.description, after: wanted))
                reasons.append("description differs")
            }
        }
        var optionDiff = OptionDiff(wanted: definition.options, current: field.options)
        if !definition.type.takesOptions { optionDiff = OptionDiff(wanted: [], current: []) }
        if !optionDiff.changes.isEmpty { reasons.append("options differ") }
        warnings += optionDiff.warnings.map { PlanWarning(field: definition.key.description, message: $0) }

        let enabledIn = Set(remote.enabled.filter { $0.value.contains(field.id) }.keys)
        let enables = users.filter { !enabledIn.contains($0) }.map { ProjectChange(kind: .enable, project: $0) }
        let changed = !attributes.isEmpty || !optionDiff.changes.isEmpty
        change = FieldChange(
            entity: definition.entity, name: definition.name, action: changed ? .update : .none, fieldId: field.id,
            before: field.snapshot, after: definition.snapshot, attributes: attributes, options: optionDiff.changes,
            projects: enables, reason: changed ? reasons.joined(separator: "; ") : FieldChange.enablementReason(enables),
            protected: definition.protect
        )
    }
}
