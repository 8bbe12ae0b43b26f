import Foundation
import Reconciler
import ZephyrClient
import ZephyrDomain

/// Runs the two calls Zephyr Enterprise's REST API offers for fields: create (with its projects,
/// then its option list) and replacing a field's whole option list. Neither is repeated blindly:
/// after an ambiguous failure the server is read again, and the call repeated only if its effect
/// is absent. Option lists are always computed from a read made just before the write.
struct EnterpriseOperationExecutor: Sendable {
    let api: any EnterpriseFieldsAPI
    let retry: RetryPolicy
    let cache: EnterpriseFieldCache

    func run(_ operation: ApplyOperation, context: ApplyContext) async throws -> String? {
        switch operation.kind {
        case .createScoped(let snapshot):
            let field = try await create(snapshot)
            await context.record(field.id, for: operation.field.key)
            if !snapshot.options.isEmpty {
                // A field created moments ago has no values, so no id can be in use yet.
                try await writeOptions(of: field, newField: true) { current in
                    EnterpriseOptionList.assigningIds(current: current, wanted: snapshot.options)
                }
            }
            return "id \(field.id), \(field.fieldName)"
        case .writeOptions(let changes):
            guard let id = await context.id(for: operation.field) else {
                throw ExecutionFailure(message: "\(operation.field.key) has no id: its create did not run")
            }
            let field = try await field(id: id, key: operation.field.key)
            try await writeOptions(of: field) { current in try EnterpriseOptionEdit(changes).applied(to: current) }
            return nil
        case .create, .addOption, .renameOption, .update, .removeOption, .delete, .setEnabled:
            // The Enterprise backend does not declare the capabilities these need, so the planner
            // turns such changes into manual steps and never into operations.
            throw ExecutionFailure(message: "\(operation.summary) is not a call Zephyr Enterprise's REST API offers")
        }
    }

    /// Creates the field once; after an ambiguous failure, looks for it by name before trying again.
    private func create(_ snapshot: FieldSnapshot) async throws -> EnterpriseField {
        let key = FieldKey(entity: snapshot.entity, name: snapshot.name)
        guard let entity = EnterpriseMapping.entity(snapshot.entity), let type = snapshot.type.known,
            let kind = EnterpriseMapping.kind(type)
        else {
            throw ExecutionFailure(message: "\(key) has type \(snapshot.type), which Zephyr Enterprise does not offer")
        }
        let catalogue = try await catalogue()
        guard let code = catalogue.code(for: kind) else {
            throw ExecutionFailure(
                message:
                    "the server's type catalogue (GET /field/fieldtype) has no single entry for \(type.rawValue), so \(key) was not created rather than guessing a type code; create it in Administration → Customizations, or ask SmartBear which type this server calls it"
            )
        }
        var created: EnterpriseField?
        try await verifiedWrite(
            retry: retry,
            verify: {
                created = try await api.fields(entity: entity).first {
                    FieldKey.fold($0.displayName) == FieldKey.fold(snapshot.name)
                }
                return created != nil
            }
        ) {
            created = try await api.createField(
                NewEnterpriseField(
                    entity: entity, displayName: snapshot.name, fieldTypeMetadata: code,
                    description: snapshot.description, allProject: snapshot.allProjects,
                    projectIds: snapshot.projects.compactMap { Int($0.id) }))
        }
        guard let created else { throw ExecutionFailure(message: "\(key) was not found after its create") }
        await cache.remember([created])
        return created
    }

    /// Reads the option list, computes the list to write from it, and writes it once if it
    /// differs; after an ambiguous failure, reads again and writes again only if the list on the
    /// server is still not the one wanted.
    private func writeOptions(
        of field: EnterpriseField, newField: Bool = false,
        _ wanted: @Sendable ([EnterpriseOption]) throws -> [EnterpriseOption]
    ) async throws {
        let current = try await api.options(entity: field.entity, fieldName: field.fieldName) ?? []
        var list = try wanted(current)
        guard list != current else { return }
        if !newField { list = try await avoidingUsedIds(list, current: current, field: field) }
        let written = list
        try await verifiedWrite(
            retry: retry,
            verify: { try await api.options(entity: field.entity, fieldName: field.fieldName) == written }
        ) {
            try await api.replaceOptions(entity: field.entity, fieldName: field.fieldName, options: written)
        }
    }

    /// A new option must not take an id that values still point at (an option removed in an
    /// earlier change leaves its values behind): each new id is checked with the usage call and
    /// moved past any id in use.
    private func avoidingUsedIds(
        _ list: [EnterpriseOption], current: [EnterpriseOption], field: EnterpriseField
    ) async throws -> [EnterpriseOption] {
        let existing = Set(current.map(\.id))
        var taken = Set(list.map(\.id)).union(existing)
        var result: [EnterpriseOption] = []
        for option in list {
            guard !existing.contains(option.id) else {
                result.append(option)
                continue
            }
            var candidate = option
            while try await api.optionInUse(entity: field.entity, fieldName: field.fieldName, option: candidate) {
                var next = (Int(candidate.id) ?? 0) + 1
                while taken.contains(String(next)) { next += 1 }
                taken.insert(String(next))
                candidate = EnterpriseOption(id: String(next), value: option.value)
            }
            result.append(candidate)
        }
        return result
    }

    /// The field as last read (or created), read again by its entity's list if this run has not seen it.
    func field(id: Int, key: FieldKey) async throws -> EnterpriseField {
        if let field = await cache.field(id: id) { return field }
        guard let entity = EnterpriseMapping.entity(key.entity),
            let field = try await api.fields(entity: entity).first(where: { $0.id == id })
        else {
            throw ExecutionFailure(message: "\(key) (id \(id)) is no longer on the server; plan again")
        }
        await cache.remember([field])
        return field
    }

    private func catalogue() async throws -> [EnterpriseFieldType] {
        if let catalogue = await cache.catalogue { return catalogue }
        let catalogue = try await api.fieldTypes()
        await cache.remember([], catalogue: catalogue)
        return catalogue
    }
}
