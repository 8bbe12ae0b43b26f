import Foundation
import ZephyrDomain

extension ZephyrSimulator {
    static func fieldNotFound(_ id: Int) -> HandlerReply { .badRequest("Custom field with id \(id) not found.") }

    /// `POST /create`: validates like a real server, doubles apostrophes in options, ignores `isActive`.
    func createField(_ request: SimulatorRequest) -> HandlerReply {
        guard let body = request.jsonObject() else { return .notJSON }
        let name = body.string("name") ?? ""
        if let problem = FieldRules.nameProblem(name) { return .badRequest(problem) }
        let description = body.string("description").flatMap { $0.isEmpty ? nil : $0 }
        if let description, let problem = FieldRules.descriptionProblem(description) { return .badRequest(problem) }
        let entityText = body.string("entityType") ?? ""
        guard let entity = EntityType(caseInsensitive: entityText), entity.flavor == .squad else {
            return .badRequest("Invalid entity type: \(entityText). Use EXECUTION or TESTSTEP.")
        }
        let typeText = body.string("fieldType") ?? ""
        guard let type = FieldType(rawValue: typeText.uppercased()), ServerFlavor.squad.fieldTypes.contains(type) else {
            return .badRequest("Invalid field type: \(typeText).")
        }
        var texts: [String] = []
        if type.takesOptions(on: .squad) {
            for text in body.strings("fieldOptions") ?? [] {
                guard let text else { return .badRequest("option text must not be blank") }
                if let problem = FieldRules.optionProblem(text) { return .badRequest(problem) }
                if !texts.contains(text) { texts.append(text) }
            }
            if texts.isEmpty { return .badRequest("Field type \(type.rawValue) needs at least one option.") }
        }
        if let problem = nameConflict(name, entity: entity, excluding: nil) { return .badRequest(problem) }
        let limit = options.limit(for: entity)
        if state.fields.filter({ $0.entityType == entity.rawValue }).count >= limit {
            return .badRequest("Cannot create more than \(limit) custom fields of entity type \(entity.rawValue).")
        }

        var field = SimField(
            id: state.nextFieldId, name: name, description: description, fieldType: type.rawValue,
            entityType: entity.rawValue, createdOn: nowMilliseconds
        )
        state.nextFieldId += 1
        for text in texts {
            // The real /create path escapes for SQL and stores the escaped text.
            field.options.append(
                SimOption(id: state.nextOptionId, text: text.replacingOccurrences(of: "'", with: "''")))
            state.nextOptionId += 1
        }
        state.fields.append(field)
        return .ok(FieldRendering.json(field, active: false, order: .unsorted))
    }

    /// `PUT /{id}`: only name and description; a blank description is ignored.
    func updateField(id: Int, _ request: SimulatorRequest) -> HandlerReply {
        guard let index = state.fieldIndex(id: id) else { return Self.fieldNotFound(id) }
        guard let body = request.jsonObject() else { return .notJSON }
        guard let name = body.string("name") else { return .badRequest("Custom field name is required.") }
        if let problem = FieldRules.nameProblem(name) { return .badRequest(problem) }
        let entity = EntityType(caseInsensitive: state.fields[index].entityType) ?? .execution
        if let problem = nameConflict(name, entity: entity, excluding: id) { return .badRequest(problem) }
        var description: String?
        if let text = body.string("description"), !text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let problem = FieldRules.descriptionProblem(text) { return .badRequest(problem) }
            description = text
        }
        state.fields[index].name = name
        if let description { state.fields[index].description = description }
        let field = state.fields[index]
        return .ok(
            FieldRendering.json(
                field, active: !field.enabledProjectIds.isEmpty, order: .unsorted, modifiedDate: nowMilliseconds
            ))
    }

    /// `GET /{id}`: an array of one field; `200 []` for an unknown id.
    func getField(id: Int) -> HandlerReply {
        guard let index = state.fieldIndex(id: id) else { return .ok(.array([])) }
        let field = state.fields[index]
        return .ok(.array([FieldRendering.json(field, active: !field.enabledProjectIds.isEmpty, order: .sorted)]))
    }

    /// `DELETE /{id}`: answers at once; the field stays visible until the background job ends.
    func deleteField(id: Int) -> HandlerReply {
        guard let index = state.fieldIndex(id: id) else { return Self.fieldNotFound(id) }
        markDeleted(index)
        return .ok(.message("Custom field with id \(id) deleted successfully."))
    }

    /// `DELETE /delete-customfields` with `{"customfields":["3","14"]}`: all or nothing.
    func bulkDelete(_ request: SimulatorRequest) -> HandlerReply {
        guard let body = request.jsonObject() else { return .notJSON }
        guard let items = body.strings("customfields") else {
            return .badRequest("customfields must be an array of ids.")
        }
        var indices: [Int] = []
        for item in items {
            guard let item, let id = Int(item) else {
                return .badRequest("Invalid custom field id: \(item ?? "null").")
            }
            guard let index = state.fieldIndex(id: id) else { return Self.fieldNotFound(id) }
            indices.append(index)
        }
        indices.forEach(markDeleted)
        return .ok(.message("Custom fields deleted successfully."))
    }

    private func markDeleted(_ index: Int) {
        // A second delete while the first is pending does not push the deadline out.
        if state.fields[index].deleteVisibleUntil == nil {
            state.fields[index].deleteVisibleUntil = deleteDeadline
        }
    }

    /// The uniqueness error for `name` among fields of `entity`, pending deletes included.
    private func nameConflict(_ name: String, entity: EntityType, excluding id: Int?) -> String? {
        let folded = FieldKey.fold(name)
        let clash = state.fields.first {
            $0.id != id && $0.entityType == entity.rawValue && FieldKey.fold($0.name) == folded
        }
        return clash.map { "A custom field named \"\($0.name)\" already exists for entity type \(entity.rawValue)." }
    }
}
