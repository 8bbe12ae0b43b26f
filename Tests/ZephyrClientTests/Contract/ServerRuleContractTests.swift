import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import ZephyrClient

/// Validation rules and background deletes, as the client sees them through the simulator.
@Suite struct ServerRuleContractTests {
    static func text(_ name: String) -> NewField {
        NewField(name: name, description: nil, type: .text, entity: .execution, options: [])
    }

    /// Deletes finish in the background: the field stays visible, and its name taken, until then.
    @Test func deletedFieldLingersUntilTheBackgroundJobEnds() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(state: state, options: SimulatorOptions(deleteDelayMilliseconds: 5_000)) {
            server in
            let client = try server.client()
            try await client.deleteField(id: id)
            #expect(try await client.field(id: id)?.name == "Build")
            #expect(try await client.fields(entity: .execution).map(\.id) == [id])
            let early = await capture { _ = try await client.createField(Self.text("Build")) }
            #expect(
                early
                    == .badRequest(
                        operation: "create field EXECUTION/Build",
                        message: "A custom field named \"Build\" already exists for entity type EXECUTION."))

            server.clock.advance(by: 5)
            #expect(try await client.field(id: id) == nil)
            #expect(try await client.createField(Self.text("Build")).name == "Build")
        }
    }

    @Test func namesAreUniquePerEntityIgnoringCase() async throws {
        var state = SimulatorState.seeded()
        state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(state: state) { server in
            let client = try server.client()
            let clash = await capture { _ = try await client.createField(Self.text("BUILD")) }
            #expect(
                clash
                    == .badRequest(
                        operation: "create field EXECUTION/BUILD",
                        message: "A custom field named \"Build\" already exists for entity type EXECUTION."))
            // Another entity type has its own names.
            let step = try await client.createField(
                NewField(name: "build", description: nil, type: .text, entity: .testStep, options: []))
            #expect(step.entity == .testStep)
        }
    }

    /// Fewer than 20 EXECUTION and fewer than 5 TESTSTEP fields per server.
    @Test(arguments: [(EntityType.execution, 19), (.testStep, 4)])
    func countLimit(entity: EntityType, limit: Int) async throws {
        var state = SimulatorState.seeded()
        for index in 1...limit { state.addField(name: "Field \(index)", entity: entity, type: .text) }
        try await ContractServer.run(state: state) { server in
            let error = await capture {
                _ = try await server.client().createField(
                    NewField(name: "One more", description: nil, type: .text, entity: entity, options: []))
            }
            #expect(
                error
                    == .badRequest(
                        operation: "create field \(entity.rawValue)/One more",
                        message: "Cannot create more than \(limit) custom fields of entity type \(entity.rawValue)."))
        }
    }

    @Test func invalidNamesAndMissingOptionsAreBadRequests() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            let slash = await capture { _ = try await client.createField(Self.text("A/B")) }
            #expect(
                slash
                    == .badRequest(
                        operation: "create field EXECUTION/A/B",
                        message: "field name \"A/B\" contains '/'; the server refuses any of , : \" \\ /"))
            let noOptions = await capture {
                _ = try await client.createField(
                    NewField(name: "Pick", description: nil, type: .multiSelect, entity: .execution, options: []))
            }
            #expect(
                noOptions
                    == .badRequest(
                        operation: "create field EXECUTION/Pick",
                        message: "Field type MULTI_SELECT needs at least one option."))
        }
    }

    /// Zephyr answers 400, not 404, for ids that do not exist; the client calls that `.notFound`.
    @Test func unknownIdsAreNotFound() async throws {
        try await ContractServer.run { server in
            let client = try server.client()
            let update = await capture { _ = try await client.updateField(id: 404, name: "X", description: nil) }
            #expect(
                update == .notFound(operation: "update field 404 (X)", message: "Custom field with id 404 not found."))
            let delete = await capture { try await client.deleteField(id: 404) }
            #expect(delete == .notFound(operation: "delete field 404", message: "Custom field with id 404 not found."))
            // Not retried: a 400 is an answer, not a hiccup.
            #expect(await server.count("DELETE", "/{id}") == 1)
        }
    }
}
