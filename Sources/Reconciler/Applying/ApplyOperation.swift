import ZephyrDomain

/// One server call (or, for a bulk delete, one group of them) in the apply graph. Backends
/// execute them; `OperationGraph` orders them.
package struct ApplyOperation: Sendable, Identifiable {
    package enum Kind: Sendable {
        /// Creates the field with all its options in one call, then fixes any option the server
        /// stored differently (apostrophes doubled by `/create`).
        case create(FieldSnapshot, replacing: Bool)
        case addOption(text: String)
        case renameOption(optionId: String, from: String, to: String)
        case update(name: String, description: String?)
        case removeOption(optionId: String, text: String)
        /// Deletes these fields (bulk when several) and waits until the server no longer shows them.
        case delete([FieldTarget])
        case setEnabled(Bool, ProjectRef)
        /// Creates the field in the snapshot's projects (or every project), then writes its
        /// option list: servers whose projects are set on create (Zephyr Enterprise) and whose
        /// options are a separate list.
        case createScoped(FieldSnapshot)
        /// Writes the field's whole option list once, made from a fresh read with exactly these
        /// changes (Zephyr Enterprise); options outside the plan are kept as they are.
        case writeOptions([OptionChange])
    }

    package let id: Int
    package let kind: Kind
    /// The field the call is about (for deletes, the first of the group).
    package let field: FieldTarget
    /// Operations that must finish first.
    package internal(set) var dependencies: Set<Int>

    package init(id: Int, kind: Kind, field: FieldTarget, dependencies: Set<Int> = []) {
        self.id = id
        self.kind = kind
        self.field = field
        self.dependencies = dependencies
    }

    /// How progress lines and reports name this operation.
    package var summary: String {
        switch kind {
        case .create(_, let replacing): "\(field.key): \(replacing ? "create (replacement)" : "create")"
        case .addOption(let text): "\(field.key): add option \"\(text)\""
        case .renameOption(_, let from, let to): "\(field.key): rename option \"\(from)\" to \"\(to)\""
        case .update: "\(field.key): update"
        case .removeOption(_, let text): "\(field.key): remove option \"\(text)\""
        case .delete(let targets):
            targets.count == 1
                ? "\(field.key): delete"
                : "delete \(targets.count) fields (\(targets.map(\.key.description).joined(separator: ", ")))"
        case .setEnabled(let on, let project): "\(field.key): \(on ? "enable in" : "disable in") \(project)"
        case .createScoped: "\(field.key): create"
        case .writeOptions(let changes):
            "\(field.key): write options (\(changes.map(\.summary).joined(separator: ", ")))"
        }
    }
}

/// A field an operation acts on: one that exists (id known from the plan), or one that an
/// earlier create in the same apply makes.
package struct FieldTarget: Sendable, Hashable {
    package let key: FieldKey
    /// nil until the create that makes it has run.
    package let existingId: Int?

    package init(key: FieldKey, existingId: Int?) {
        self.key = key
        self.existingId = existingId
    }
}
