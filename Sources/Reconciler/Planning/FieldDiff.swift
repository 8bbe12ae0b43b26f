import FieldSpec
import ZephyrDomain

/// The change one definition needs against the server field it matched, limited to what the
/// backend can do; everything else becomes a manual step.
struct FieldDiff {
    private(set) var change: FieldChange
    private(set) var warnings: [PlanWarning] = []
    private(set) var manualSteps: [ManualStep] = []

    init(
        definition: FieldDefinition, match: RemoteMatch, remote: RemoteState, projects: [ResolvedProject],
        capabilities: BackendCapabilities
    ) {
        let field = match.field
        let key = definition.key
        let users = projects.filter { $0.spec.fields.contains(key) }.map(\.ref)
        let enabledIn = Set(remote.enabled.filter { $0.value.contains(field.id) }.keys)
        var enables = users.filter { !enabledIn.contains($0) }.map { ProjectChange(kind: .enable, project: $0) }
        if !capabilities.supports(.enablePerProject) {
            manualSteps += enables.map { ManualStep(field: key, action: .enable($0.project), kind: .manual) }
            enables = []
        }

        let replaced = Self.replacedAttributes(definition: definition, match: match)
        if !replaced.isEmpty {
            let reason = replaced.map {
                "\($0.attribute.rawValue) changes from \($0.before ?? "") to \($0.after ?? "")"
            }
            guard capabilities.supports(.replaceField) else {
                manualSteps.append(ManualStep(field: key, action: .replace(replaced), kind: .manual))
                change = FieldChange(
                    entity: definition.entity, name: definition.name, action: .none, fieldId: field.id, before: nil,
                    after: nil,
                    projects: enables, reason: FieldChange.enablementReason(enables), protected: definition.protect
                )
                return
            }
            change = FieldChange(
                entity: definition.entity, name: definition.name, action: .replace, fieldId: field.id,
                before: field.snapshot, after: definition.snapshot, attributes: replaced,
                projects: users.map { ProjectChange(kind: .enable, project: $0) },
                reason: reason.joined(separator: "; ") + "; the server cannot change this in place",
                protected: definition.protect
            )
            return
        }

        var attributes: [AttributeChange] = []
        var reasons: [String] = []
        if Normalization.text(field.name) != definition.name {
            if capabilities.supports(.renameField) {
                attributes.append(.init(attribute: .name, before: field.name, after: definition.name))
                if case .previously(let former) = match.via {
                    reasons.append("renamed from \"\(former)\" (listed in previously)")
                } else {
                    reasons.append("name differs in case")
                }
            } else {
                manualSteps.append(
                    ManualStep(field: key, action: .rename(from: field.name, to: definition.name), kind: .manual))
            }
        }
        if let wanted = definition.description.map(Normalization.description) {
            let current = Normalization.description(field.description)
            let clearing = wanted.isEmpty && !current.isEmpty
            let capability: BackendCapabilities.Capability = clearing ? .clearDescription : .changeDescription
            if wanted != current, capabilities.supports(capability) {
                attributes.append(.init(attribute: .description, before: field.description, after: wanted))
                reasons.append("description differs")
            } else if clearing {
                manualSteps.append(
                    ManualStep(field: key, action: .clearDescription(current: current), kind: .notPossible))
            } else if wanted != current {
                manualSteps.append(
                    ManualStep(
                        field: key, action: .changeDescription(from: field.description, to: wanted), kind: .manual))
            }
        }
        var optionDiff = OptionDiff(wanted: definition.options, current: field.options)
        if !definition.type.takesOptions { optionDiff = OptionDiff(wanted: [], current: []) }
        var optionChanges = optionDiff.changes
        if !optionChanges.isEmpty, !capabilities.supports(.editOptions) {
            manualSteps.append(ManualStep(field: key, action: .editOptions(optionChanges), kind: .manual))
            optionChanges = []
        }
        if !optionChanges.isEmpty { reasons.append("options differ") }
        warnings += optionDiff.warnings.map { PlanWarning(field: key.description, message: $0) }

        let changed = !attributes.isEmpty || !optionChanges.isEmpty
        change = FieldChange(
            entity: definition.entity, name: definition.name, action: changed ? .update : .none, fieldId: field.id,
            before: field.snapshot, after: definition.snapshot, attributes: attributes, options: optionChanges,
            projects: enables,
            reason: changed ? reasons.joined(separator: "; ") : FieldChange.enablementReason(enables),
            protected: definition.protect
        )
    }

    /// Entity and type differences: the server cannot change either in place.
    private static func replacedAttributes(definition: FieldDefinition, match: RemoteMatch) -> [AttributeChange] {
        let field = match.field
        var attributes: [AttributeChange] = []
        if case .otherEntity = match.via {
            attributes.append(
                .init(
                    attribute: .entity, before: field.entity.rawValue, after: definition.entity.rawValue,
                    forcesReplacement: true))
        }
        if field.typeName.uppercased() != definition.type.rawValue {
            attributes.append(
                .init(
                    attribute: .type, before: field.typeName, after: definition.type.rawValue, forcesReplacement: true))
        }
        return attributes
    }
}
