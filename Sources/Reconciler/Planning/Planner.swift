import FieldSpec
import ZephyrDomain

/// Diffs the desired state against the server's and produces a `Plan`. Pure and synchronous:
/// the same inputs always give the same plan. It plans only what `capabilities` allow; the rest
/// becomes manual steps.
package struct Planner: Sendable {
    package let options: PlanOptions
    package let capabilities: BackendCapabilities

    package init(options: PlanOptions = PlanOptions(), capabilities: BackendCapabilities) {
        self.options = options
        self.capabilities = capabilities
    }

    package func plan(spec: Spec, remote: RemoteState, projects: [ResolvedProject]) -> Plan {
        let selected = projects.filter { options.includes($0.ref) }
        let index = RemoteIndex(remote)
        var builder = PlanBuilder()
        builder.warnings += index.duplicateWarnings

        // With --project, only the fields those projects use are planned, and nothing is pruned.
        let narrowed = options.projectFilter != nil
        let wanted = Set(selected.flatMap(\.spec.fields))
        let definitions = spec.definitions.filter { !narrowed || wanted.contains($0.key) }
        let reservedKeys = Set(
            spec.definitions.flatMap { definition in
                [definition.key] + definition.previously.map { FieldKey(entity: definition.entity, name: $0) }
            })

        var claimed = Set<Int>()
        var fieldIds: [FieldKey: Int] = [:]
        for definition in definitions {
            let match = index.match(definition, reservedKeys: reservedKeys, claimed: claimed)
            let users = selected.filter { $0.spec.fields.contains(definition.key) }.map(\.ref)
            guard let match else {
                guard capabilities.supports(.createField) else {
                    builder.manualSteps.append(ManualStep(field: definition.key, action: .createField, kind: .manual))
                    continue
                }
                // Where projects are part of the field (Enterprise), it is created with them;
                // elsewhere it is created, then enabled project by project.
                let scoped = capabilities.supports(.scopeOnCreate)
                builder.changes.append(
                    FieldChange(
                        entity: definition.entity, name: definition.name, action: .create, fieldId: nil, before: nil,
                        after: scoped
                            ? definition.snapshot(in: definition.allProjects ? [] : users) : definition.snapshot,
                        projects: scoped ? [] : users.map { ProjectChange(kind: .enable, project: $0) },
                        reason: "not on the server", protected: definition.protect
                    ))
                continue
            }
            claimed.insert(match.field.id)
            fieldIds[definition.key] = match.field.id
            builder.add(
                FieldDiff(
                    definition: definition, match: match, remote: remote, projects: selected,
                    capabilities: capabilities,
                    narrowed: narrowed),
                options: options)
        }

        // Fields in every project by the server's own scope: a file not listing one changes
        // nothing per project (FieldDiff plans the scope step instead).
        let everywhere = Set(remote.allFields.filter(\.allProjects).map(\.id))
        for project in selected {
            let enabledHere = remote.enabled[project.ref] ?? []
            let listed = Set(project.spec.fields)
            // A managed field enabled here but missing from the project's file is disabled.
            for definition in definitions where !listed.contains(definition.key) && !definition.allProjects {
                guard let id = fieldIds[definition.key], enabledHere.contains(id), !everywhere.contains(id) else {
                    continue
                }
                guard capabilities.supports(.enablePerProject) else {
                    builder.manualSteps.append(
                        ManualStep(field: definition.key, action: .disable(project.ref), kind: .manual))
                    continue
                }
                builder.addProjectChange(.init(kind: .disable, project: project.ref), to: definition.key, fieldId: id)
            }
        }

        if !narrowed {
            let leftovers = remote.allFields.filter { !claimed.contains($0.id) }
            builder.addUnmanaged(leftovers, prune: spec.settings.prune, options: options, capabilities: capabilities)
        }
        builder.checkSafety(remote: remote, settings: spec.settings, options: options)
        return builder.plan
    }
}

extension FieldDefinition {
    /// The definition as the server will hold it, options in declared order.
    var snapshot: FieldSnapshot { snapshot(in: []) }

    /// The same, created in `projects` (servers that set a field's projects when creating it).
    func snapshot(in projects: [ProjectRef]) -> FieldSnapshot {
        FieldSnapshot(
            name: name, entity: entity, type: .known(type), description: description, options: options.map(\.text),
            allProjects: allProjects, projects: projects)
    }
}

extension RemoteField {
    var snapshot: FieldSnapshot {
        FieldSnapshot(
            name: name, entity: entity, type: serverType, description: description, options: options.map(\.text),
            allProjects: allProjects)
    }
}
