import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import ZephyrClient

/// Every field endpoint through the real client against the simulator over loopback HTTP.
@Suite struct FieldRoundTripContractTests {
    @Test func createWithOptionsThenReadItBackEveryWay() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            let created = try await client.createField(
                NewField(
                    name: "Browser", description: "Where it ran", type: .singleSelect, entity: .execution,
                    options: ["Chrome", "Firefox", "Safari"]))
            // The simulator answers create with options in reverse id order; the client sorts.
            #expect(created.name == "Browser")
            #expect(created.description == "Where it ran")
            #expect(created.type == .singleSelect)
            #expect(created.entity == .execution)
            #expect(created.options.map(\.text) == ["Chrome", "Firefox", "Safari"])

            #expect(try await client.field(id: created.id) == created)
            #expect(try await client.fields(entity: .execution) == [created])
            #expect(try await client.fields(entity: .testStep) == [])
            #expect(await server.stored("Browser")?.options.map(\.text) == ["Chrome", "Firefox", "Safari"])
        }
    }

    @Test func createWithoutDescriptionReadsBackEmpty() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            let created = try await client.createField(
                NewField(name: "Notes", description: nil, type: .largeText, entity: .testStep, options: []))
            // `description` comes back as "" where it was never set (zephyr-api.md, the field object).
            #expect(created.description == "")
            #expect(created.options.isEmpty)
            #expect(await server.stored("Notes")?.description == nil)
        }
    }

    @Test func unknownIdReadsAsNil() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            // GET /{id} answers `200 []` for an unknown id.
            #expect(try await client.field(id: 4242) == nil)
            #expect(await server.count("GET", "/{id}") == 1)
        }
    }

    @Test func updateChangesNameAndDescriptionButCannotClearIt() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text, description: "CI build")
        try await ContractServer.run(state: state) { server in
            let client = try server.client()
            let renamed = try await client.updateField(id: id, name: "Build number", description: "The CI build")
            #expect(renamed.name == "Build number")
            #expect(renamed.description == "The CI build")
            // A blank or missing description is ignored: it cannot be cleared through the API.
            #expect(
                try await client.updateField(id: id, name: "Build number", description: "").description
                    == "The CI build")
            #expect(try await client.updateField(id: id, name: "Build", description: nil).description == "The CI build")
            #expect(try await client.field(id: id)?.name == "Build")
        }
    }

    @Test func listsPerProject() async throws {
        var state = SimulatorState.seeded()
        let browser = state.addField(
            name: "Browser", entity: .execution, type: .singleSelect, options: ["Chrome"], enabledIn: ["WEB"])
        let build = state.addField(name: "Build", entity: .execution, type: .text, enabledIn: ["API"])
        try await ContractServer.run(state: state) { server in
            let client = try server.client()
            #expect(try await client.enabledFields(entity: .execution, projectId: "10000").map(\.id) == [browser])
            #expect(try await client.enabledFields(entity: .testStep, projectId: "10000").isEmpty)
            let states = try await client.projectFieldStates(entity: .execution, projectId: "10000")
            #expect(states.map(\.field.id) == [browser, build])
            #expect(states.map(\.active) == [true, false])
        }
    }

    @Test func deleteOne() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(state: state, options: SimulatorOptions(deleteDelayMilliseconds: 0)) { server in
            try await server.client().deleteField(id: id)
            #expect(await server.simulator.snapshot().fields.isEmpty)
            #expect(await server.count("DELETE", "/{id}") == 1)
        }
    }

    /// Bulk delete in one call, and field by field where the build lacks `delete-customfields`
    /// (404 there), remembered for the client's later calls.
    @Test(arguments: [true, false])
    func deleteMany(bulkAvailable: Bool) async throws {
        var state = SimulatorState.seeded()
        let ids = (1...4).map { state.addField(name: "Field \($0)", entity: .execution, type: .text) }
        let options = SimulatorOptions(deleteDelayMilliseconds: 0, bulkDeleteAvailable: bulkAvailable)
        try await ContractServer.run(state: state, options: options) { server in
            let client = try server.client()
            try await client.deleteFields(ids: Array(ids[0...1]))
            try await client.deleteFields(ids: Array(ids[2...3]))
            #expect(await server.simulator.snapshot().fields.isEmpty)
            let bulkCalls = await server.simulator.requestCounts()
                .filter { $0.key.hasSuffix("/delete-customfields") }.values.reduce(0, +)
            #expect(bulkCalls == (bulkAvailable ? 2 : 1))
            #expect(await server.count("DELETE", "/{id}") == (bulkAvailable ? 0 : 4))
        }
    }
}
