import Foundation
import ZephyrDomain

extension ZephyrSimulator {
    static func optionNotFound(_ id: Int) -> HandlerReply {
        .badRequest("Custom field option with id \(id) not found.")
    }

    /// Where option `id` lives: (field index, option index).
    private func locateOption(_ id: Int) -> (field: Int, option: Int)? {
        for (fieldIndex, field) in state.fields.enumerated() {
            if let optionIndex = field.options.firstIndex(where: { $0.id == id }) {
                return (fieldIndex, optionIndex)
            }
        }
        return nil
    }

    private static func optionJSON(id: Int, fieldId: Int, text: String, isDisabled: String, sequence: String)
        -> JSONValue
    {
        // Every value a string, as the real server sends them.
        .object([
            ("optionId", .string(String(id))),
            ("customFieldId", .string(String(fieldId))),
            ("optionValue", .string(text)),
            ("isDisabled", .string(isDisabled)),
            ("sequence", .string(sequence)),
        ])
    }

    /// `POST /{fieldId}/customfieldOption`: stores the text as sent (no apostrophe doubling).
    func addOption(fieldId: Int, _ request: SimulatorRequest) -> HandlerReply {
        guard let index = state.fieldIndex(id: fieldId) else { return Self.fieldNotFound(fieldId) }
        guard let body = request.jsonObject() else { return .notJSON }
        let text = body.string("optionValue") ?? ""
        if let problem = FieldRules.optionProblem(text) { return .badRequest(problem) }
        let type = state.fields[index].fieldType
        guard FieldType(rawValue: type)?.takesOptions(on: .squad) ?? false else {
            return .badRequest("Custom field of type \(type) does not take options.")
        }
        let id = state.nextOptionId
        state.nextOptionId += 1
        state.fields[index].options.append(SimOption(id: id, text: text))
        let sequence = body.string("sequence").flatMap { $0.isEmpty ? nil : $0 } ?? "0"
        return .ok(
            Self.optionJSON(
                id: id, fieldId: fieldId, text: text, isDisabled: body.string("isDisabled") ?? "false",
                sequence: sequence
            ))
    }

    /// `PUT /customfieldOption/{optionId}`: renames; `isDisabled` cannot change here.
    func renameOption(id: Int, _ request: SimulatorRequest) -> HandlerReply {
        guard let (fieldIndex, optionIndex) = locateOption(id) else { return Self.optionNotFound(id) }
        guard let body = request.jsonObject() else { return .notJSON }
        let text = body.string("optionValue") ?? ""
        if let problem = FieldRules.optionProblem(text) { return .badRequest(problem) }
        state.fields[fieldIndex].options[optionIndex].text = text
        return .ok(
            Self.optionJSON(
                id: id, fieldId: state.fields[fieldIndex].id, text: text, isDisabled: "false", sequence: "0"
            ))
    }

    /// `DELETE /customfieldOption/{optionId}`: background delete; the last option stays (400).
    func deleteOption(id: Int) -> HandlerReply {
        guard let (fieldIndex, optionIndex) = locateOption(id) else { return Self.optionNotFound(id) }
        let option = state.fields[fieldIndex].options[optionIndex]
        if option.deleteVisibleUntil == nil {
            if state.fields[fieldIndex].liveOptions.count <= 1 {
                return .badRequest(
                    "Cannot delete the last option of custom field with id \(state.fields[fieldIndex].id).")
            }
            state.fields[fieldIndex].options[optionIndex].deleteVisibleUntil = deleteDeadline
        }
        return .ok(.message("Custom field option with id \(id) deleted successfully."))
    }
}
