import ZephyrDomain

extension ZephyrClient {
    /// Sent once, never retried: a repeat after an ambiguous failure could create a duplicate.
    package func createField(_ field: NewField) async throws(ZephyrError) -> RemoteField {
        let body = CreateFieldBody(
            name: field.name, description: field.description ?? "", defaultValue: "", isActive: false,
            fieldType: field.type.rawValue, aliasName: "", projectId: "", displayName: "",
            displayFieldType: field.type.displayFieldType, entityType: field.entity.rawValue,
            fieldOptions: field.options)
        let operation = "create field \(FieldKey(entity: field.entity, name: field.name))"
        let response = try await execute(
            Endpoint("POST", APIPath.customField("create"), body: json(body), operation: operation, repeating: .never))
        guard let created = try singleField(in: response, operation: operation) else {
            throw .invalidResponse(operation: operation, message: "the server answered with no field")
        }
        return created
    }

    package func updateField(id: Int, name: String, description: String?) async throws(ZephyrError) -> RemoteField {
        let operation = "update field \(id) (\(name))"
        let response = try await execute(
            Endpoint(
                "PUT", APIPath.customField(String(id)),
                body: json(UpdateFieldBody(name: name, description: description)),
                operation: operation, repeating: .idempotent))
        guard let updated = try singleField(in: response, operation: operation) else {
            throw .invalidResponse(operation: operation, message: "the server answered with no field")
        }
        return updated
    }

    package func deleteField(id: Int) async throws(ZephyrError) {
        _ = try await execute(
            Endpoint("DELETE", APIPath.customField(String(id)), operation: "delete field \(id)", repeating: .delete))
    }

    /// One `delete-customfields` call; where the server lacks it (404 or 405) this and every
    /// later call of the client deletes field by field, in parallel within the client's limit.
    package func deleteFields(ids: [Int]) async throws(ZephyrError) {
        guard !ids.isEmpty else { return }
        if await session.quirks.supportsBulkDelete {
            let endpoint = Endpoint(
                "DELETE", APIPath.customField("delete-customfields"),
                body: json(BulkDeleteBody(customfields: ids.map(String.init))),
                operation: "delete fields \(ids.map(String.init).joined(separator: ", "))", repeating: .delete)
            do throws(ZephyrError) {
                _ = try await execute(endpoint)
                return
            } catch {
                switch error {
                case .wrongBaseURL, .methodNotAllowed: await session.quirks.markBulkDeleteUnsupported()
                default: throw error
                }
            }
        }
        try await deleteOneByOne(ids)
    }

    /// Deletes every id even when some fail, then reports the first failure.
    private func deleteOneByOne(_ ids: [Int]) async throws(ZephyrError) {
        let failures = await withTaskGroup(of: ZephyrError?.self) { group in
            for id in ids {
                group.addTask {
                    do throws(ZephyrError) {
                        try await deleteField(id: id)
                        return nil
                    } catch {
                        return error
                    }
                }
            }
            var failures: [ZephyrError] = []
            for await case let failure? in group { failures.append(failure) }
            return failures
        }
        if let first = failures.first { throw first }
    }

    /// Sent once with the verb this server takes (DELETE documented, PUT on older builds).
    /// A 405 means the call did nothing, so it is repeated once with the other verb, which is
    /// then remembered; concurrent calls wait for the first one's answer (`ServerQuirks`).
    /// Never retried otherwise: the call is a toggle.
    package func setEnabled(_ enabled: Bool, fieldId: Int, projectId: String) async throws(ZephyrError) {
        let path = APIPath.customField(String(fieldId), projectId, query: ["enable": enabled ? "true" : "false"])
        let operation = "\(enabled ? "enable" : "disable") field \(fieldId) in project \(projectId)"
        let (verb, probe) = await session.quirks.enableVerbToUse()
        func call(_ method: String) -> Endpoint {
            Endpoint(
                method, path, operation: operation, permission: Permission.projectAdmin(projectId), repeating: .never)
        }
        do throws(ZephyrError) {
            let taken = try await sendEnable(verb, call)
            if probe { await session.quirks.settleProbe(taken) }
        } catch {
            if probe { await session.quirks.settleProbe(nil) }
            throw error
        }
    }

    /// Sends the enable call with `verb`, or after a 405 with the other one; returns the verb
    /// the server took.
    private func sendEnable(_ verb: String, _ call: (String) -> Endpoint) async throws(ZephyrError) -> String {
        do throws(ZephyrError) {
            _ = try await execute(call(verb))
            return verb
        } catch {
            guard case .methodNotAllowed = error else { throw error }
            let other = verb == "DELETE" ? "PUT" : "DELETE"
            _ = try await execute(call(other))
            await session.quirks.useEnableVerb(other)
            return other
        }
    }
}
