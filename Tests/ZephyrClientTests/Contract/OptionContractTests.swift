import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import ZephyrClient

/// Option add, rename and remove, the apostrophe quirk, and the type metadata.
@Suite struct OptionContractTests {
    @Test func addRenameRemove() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Browser", entity: .execution, type: .singleSelect, options: ["Chrome"])
        try await ContractServer.run(state: state, options: SimulatorOptions(deleteDelayMilliseconds: 0)) { server in
            let client = try server.client()
            let added = try await client.addOption(fieldId: id, text: "Firefox")
            #expect(added.text == "Firefox")
            #expect(try await client.field(id: id)?.options.map(\.text) == ["Chrome", "Firefox"])

            try await client.renameOption(id: added.id, to: "Firefox ESR")
            #expect(
                try await client.field(id: id)?.options == [
                    RemoteOption(id: "1", text: "Chrome"), RemoteOption(id: added.id, text: "Firefox ESR"),
                ])

            try await client.removeOption(id: "1")
            #expect(try await client.field(id: id)?.options.map(\.text) == ["Firefox ESR"])
        }
    }

    @Test func lastOptionCannotBeRemoved() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Browser", entity: .execution, type: .singleSelect, options: ["Chrome"])
        try await ContractServer.run(state: state) { server in
            let error = await capture { try await server.client().removeOption(id: "1") }
            #expect(
                error
                    == .badRequest(
                        operation: "remove option 1",
                        message: "Cannot delete the last option of custom field with id \(id)."))
            #expect(await server.stored("Browser")?.options.map(\.text) == ["Chrome"])
        }
    }

    /// Option deletes finish in the background too; the last-option rule counts live options only.
    @Test func removedOptionLingersAndTheLastLiveOneStays() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(
            name: "Browser", entity: .execution, type: .singleSelect, options: ["Chrome", "Firefox"])
        try await ContractServer.run(state: state, options: SimulatorOptions(deleteDelayMilliseconds: 1_000)) {
            server in
            let client = try server.client()
            try await client.removeOption(id: "1")
            #expect(try await client.field(id: id)?.options.map(\.text) == ["Chrome", "Firefox"])
            let last = await capture { try await client.removeOption(id: "2") }
            #expect(
                last
                    == .badRequest(
                        operation: "remove option 2",
                        message: "Cannot delete the last option of custom field with id \(id)."))
            server.clock.advance(by: 1)
            #expect(try await client.field(id: id)?.options.map(\.text) == ["Firefox"])
        }
    }

    @Test func duplicateOptionTextsAreDroppedOnCreate() async throws {
        try await ContractServer.run { server in
            let created = try await server.client().createField(
                NewField(
                    name: "Browser", description: nil, type: .multiSelect, entity: .execution,
                    options: ["Chrome", "Chrome", "Edge"]))
            #expect(created.options.map(\.text) == ["Chrome", "Edge"])
        }
    }

    @Test func unknownOptionIsNotFound() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            let rename = await capture { try await client.renameOption(id: "77", to: "x") }
            #expect(
                rename
                    == .notFound(
                        operation: "rename option 77 to \"x\"", message: "Custom field option with id 77 not found."))
            let remove = await capture { try await client.removeOption(id: "77") }
            #expect(
                remove == .notFound(operation: "remove option 77", message: "Custom field option with id 77 not found.")
            )
            let add = await capture { _ = try await client.addOption(fieldId: 77, text: "x") }
            #expect(
                add
                    == .notFound(
                        operation: "add option \"x\" to field 77", message: "Custom field with id 77 not found."))
        }
    }

    /// Apostrophes are doubled in options created through `/create` only; the client reports
    /// what the server stored rather than hiding the quirk.
    @Test func apostrophesAreDoubledThroughCreateOnly() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            let created = try await client.createField(
                NewField(
                    name: "Outcome", description: nil, type: .radioButton, entity: .execution, options: ["Won't fix"]))
            #expect(created.options.map(\.text) == ["Won''t fix"])
            let added = try await client.addOption(fieldId: created.id, text: "Can't reproduce")
            #expect(added.text == "Can't reproduce")
            #expect(try await client.field(id: created.id)?.options.map(\.text) == ["Won''t fix", "Can't reproduce"])
        }
    }

    @Test func metadataListsEveryType() async throws {
        try await ContractServer.run { server in
            let types = try await server.client().metadata()
            #expect(types.map(\.type) == ServerFlavor.squad.fieldTypes.map(\.rawValue))
            #expect(
                types.filter(\.takesOptions).map(\.type) == [
                    "RADIO_BUTTON", "CHECKBOX", "SINGLE_SELECT", "MULTI_SELECT",
                ])
            #expect(types.first?.label == "Text Field (single line)")
        }
    }
}
