import ZephyrDomain

extension ZephyrClient {
    /// Sent once, never retried: a repeat after an ambiguous failure could add the option twice.
    package func addOption(fieldId: Int, text: String) async throws(ZephyrError) -> RemoteOption {
        let endpoint = Endpoint(
            "POST", APIPath.customField(String(fieldId), "customfieldOption"),
            body: json(AddOptionBody(optionValue: text, isDisabled: "false", sequence: "")),
            operation: "add option \"\(text)\" to field \(fieldId)", repeating: .never)
        let option = try await fetch(OptionDTO.self, endpoint)
        return RemoteOption(id: option.optionId.value, text: option.optionValue ?? text)
    }

    package func renameOption(id: String, to text: String) async throws(ZephyrError) {
        _ = try await execute(
            Endpoint(
                "PUT", APIPath.customField("customfieldOption", id), body: json(RenameOptionBody(optionValue: text)),
                operation: "rename option \(id) to \"\(text)\"", repeating: .idempotent))
    }

    /// The server refuses to remove a field's last option (400).
    package func removeOption(id: String) async throws(ZephyrError) {
        _ = try await execute(
            Endpoint(
                "DELETE", APIPath.customField("customfieldOption", id), operation: "remove option \(id)",
                repeating: .delete))
    }
}
