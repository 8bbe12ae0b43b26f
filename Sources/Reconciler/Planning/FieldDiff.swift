import FieldSpec
import ZephyrDomain

/// The change one definition needs against the server field it matched, limited to what the
/// backend can do; everything else becomes a manual step.
struct FieldDiff {
    private(set) var change: FieldChange
    private(set) var warnings: [PlanWarning] = []
    private(set) var manualSteps: [ManualStep] = []

    private let definition: FieldDefinition
    private let field: RemoteField
    private let capabilities: BackendCapabilities
    /// `--project` limits the run: a scope change concerning other projects is not planned.
    private let narrowed: Bool

    init(
        definition: FieldDefinition, match: RemoteMatch, remote: RemoteState, projects: [ResolvedProject],
        capabilities: BackendCapabilities, narrowed: Bool = false
    ) {
        self.definition = definition
        self.field = match.field
        self.capabilities = capabilities
        self.narrowed = narrowed
        // A placeholder until the diff below decides; every path assigns the real change.
        change = FieldChange(
            entity: definition.entity, name: definition.name, action: .none, fieldId: match.field.id, before: nil,
            after: nil, reason: "")

        let users = projects.filter { $0.spec.fields.contains(definition.key) }.map(\.ref)
        let enables = enables(for: users, remote: remote)
        let replaced = Self.replacedAttributes(definition: definition, match: match)
        if replaced.isEmpty {
            diffInPlace(match: match, enables: enables)
        } else {
            replace(replaced, users: users, enables: enables)
        }
    }

    /// Projects whose file lists the field but where it is not enabled yet.
    private mutating func enables(for users: [ProjectRef], remote: RemoteState) -> [ProjectChange] {
        if capabilities.supports(.scopeOnCreate) {
            scopeSteps(users: users, remote: remote)
            return []
        }
        let enables = notEnabled(users, remote: remote).map { ProjectChange(kind: .enable, project: $0) }
        guard capabilities.supports(.enablePerProject) else {
            manualSteps += enables.map { ManualStep(field: definition.key, action: .enable($0.project), kind: .manual) }
            return []
        }
        return enables
    }

    /// Where projects are set only on create (Zephyr Enterprise), every difference in where the
    /// field is available is a manual step; disables are planned with the other projects.
    private mutating func scopeSteps(users: [ProjectRef], remote: RemoteState) {
        switch (definition.allProjects, field.allProjects) {
        case (true, true):
            return
        case (true, false):
            manualSteps.append(ManualStep(field: definition.key, action: .useAllProjects, kind: .manual))
        case (false, true):
            // No project file lists it: the configuration says nothing about where it belongs
            // (projects without a file are never touched), so its scope is left alone.
            guard !narrowed, !users.isEmpty else { return }
            manualSteps.append(ManualStep(field: definition.key, action: .limitToProjects(users), kind: .manual))
        case (false, false):
            manualSteps += notEnabled(users, remote: remote).map {
                ManualStep(field: definition.key, action: .enable($0), kind: .manual)
            }
        }
    }

    /// The projects of `users` where the field is not enabled (not in its scope) yet.
    private func notEnabled(_ users: [ProjectRef], remote: RemoteState) -> [ProjectRef] {
        users.filter { remote.enabled[$0]?.contains(field.id) != true }
    }

    /// A type or entity change: delete and create again where the server allows it (the new
    /// field is enabled wherever it is listed), a manual step where it does not.
    private mutating func replace(_ replaced: [AttributeChange], users: [ProjectRef], enables: [ProjectChange]) {
        guard capabilities.supports(.replaceField) else {
            // The step names the field as the server shows it when a rename rides along.
            let renamed =
                Normalization.text(field.name) == definition.name
                ? [] : [AttributeChange(attribute: .name, before: field.name, after: definition.name)]
            manualSteps.append(ManualStep(field: definition.key, action: .replace(renamed + replaced), kind: .manual))
            change = FieldChange(
                entity: definition.entity, name: definition.name, action: .none, fieldId: field.id, before: nil,
                after: nil, projects: enables, reason: FieldChange.enablementReason(enables),
                protected: definition.protect)
            return
        }
        let reason = replaced.map { "\($0.attribute.rawValue) changes from \($0.before ?? "") to \($0.after ?? "")" }
        change = FieldChange(
            entity: definition.entity, name: definition.name, action: .replace, fieldId: field.id,
            before: field.snapshot, after: definition.snapshot, attributes: replaced,
            projects: users.map { ProjectChange(kind: .enable, project: $0) },
            reason: reason.joined(separator: "; ") + "; the server cannot change this in place",
            protected: definition.protect)
    }

    /// Name, description and options, each as a call where the backend can make it.
    private mutating func diffInPlace(match: RemoteMatch, enables: [ProjectChange]) {
        var attributes: [AttributeChange] = []
        var reasons: [String] = []
        if let (attribute, reason) = nameChange(via: match.via) {
            attributes.append(attribute)
            reasons.append(reason)
        }
        if let attribute = descriptionChange() {
            attributes.append(attribute)
            reasons.append("description differs")
        }
        let options = optionChanges()
        if !options.isEmpty { reasons.append("options differ") }

        let changed = !attributes.isEmpty || !options.isEmpty
        change = FieldChange(
            entity: definition.entity, name: definition.name, action: changed ? .update : .none, fieldId: field.id,
            before: field.snapshot, after: definition.snapshot, attributes: attributes, options: options,
            projects: enables,
            reason: changed ? reasons.joined(separator: "; ") : FieldChange.enablementReason(enables),
            protected: definition.protect)
    }

    private mutating func nameChange(via: RemoteMatch.Via) -> (AttributeChange, String)? {
        guard Normalization.text(field.name) != definition.name else { return nil }
        guard capabilities.supports(.renameField) else {
            manualSteps.append(
                ManualStep(field: definition.key, action: .rename(from: field.name, to: definition.name), kind: .manual)
            )
            return nil
        }
        let reason =
            if case .previously(let former) = via { "renamed from \"\(former)\" (listed in previously)" } else {
                "name differs in case"
            }
        return (AttributeChange(attribute: .name, before: field.name, after: definition.name), reason)
    }

    /// `description` absent means "leave it"; "" and null are the same.
    private mutating func descriptionChange() -> AttributeChange? {
        guard let wanted = definition.description.map(Normalization.description) else { return nil }
        let current = Normalization.description(field.description)
        guard wanted != current else { return nil }
        let clearing = wanted.isEmpty
        if capabilities.supports(clearing ? .clearDescription : .changeDescription) {
            return AttributeChange(attribute: .description, before: field.description, after: wanted)
        }
        let action: ManualStep.Action =
            clearing ? .clearDescription(current: current) : .changeDescription(from: field.description, to: wanted)
        // A server that can change a description but not clear it (Squad) can never do this; one
        // that cannot change it at all (Enterprise) needs a hand edit like any other.
        let impossible = clearing && capabilities.supports(.changeDescription)
        manualSteps.append(ManualStep(field: definition.key, action: action, kind: impossible ? .notPossible : .manual))
        return nil
    }

    private mutating func optionChanges() -> [OptionChange] {
        guard definition.type.takesOptions(on: definition.entity.flavor) else { return [] }
        let diff = OptionDiff(wanted: definition.options, current: field.options)
        warnings += diff.warnings.map { PlanWarning(field: definition.key.description, message: $0) }
        let canWrite = capabilities.supports(.editOptions) || capabilities.supports(.replaceOptionList)
        guard diff.changes.isEmpty || canWrite else {
            manualSteps.append(ManualStep(field: definition.key, action: .editOptions(diff.changes), kind: .manual))
            return []
        }
        return diff.changes
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
