import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import ZephyrClient

/// Jira projects and the enable/disable call, whose verb and toggle semantics vary by build.
@Suite struct ProjectMappingContractTests {
    @Test func jiraProjects() async throws {
        try await ContractServer.run(state: .seeded(projectCount: 4)) { server in
            let projects = try await server.client().projects()
            #expect(projects.map(\.id) == ["10000", "10001", "10002", "10003"])
            #expect(projects.first == JiraProject(id: "10000", key: "WEB", name: "Web Shop"))
        }
    }

    /// With either verb the client ends up enabling and disabling; on a PUT build the first
    /// DELETE gets 405, the client repeats it with PUT, and never tries DELETE again.
    @Test(arguments: [EnableVerb.delete, .put])
    func enableAndDisable(verb: EnableVerb) async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(state: state, options: SimulatorOptions(enableVerb: verb)) { server in
            let client = try server.client()
            try await client.setEnabled(true, fieldId: id, projectId: "10000")
            #expect(try await client.enabledFields(entity: .execution, projectId: "10000").map(\.id) == [id])
            // With no mapping, enable=false does nothing; with one, it removes it.
            try await client.setEnabled(false, fieldId: id, projectId: "10001")
            try await client.setEnabled(false, fieldId: id, projectId: "10000")
            #expect(try await client.enabledFields(entity: .execution, projectId: "10000").isEmpty)
            #expect(await server.stored("Build")?.enabledProjectIds == [])

            let route = "/{fieldId}/{projectId}"
            #expect(await server.count("DELETE", route) == (verb == .delete ? 3 : 1))
            #expect(await server.count("PUT", route) == (verb == .put ? 3 : 0))
        }
    }

    /// The enable call is a toggle: enabling twice removes the mapping. The client must not
    /// hide this (no read-before-write, no retry); knowing the state is the applier's job.
    @Test func enablingTwiceTogglesTheMappingOff() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(state: state) { server in
            let client = try server.client()
            try await client.setEnabled(true, fieldId: id, projectId: "10000")
            try await client.setEnabled(true, fieldId: id, projectId: "10000")
            let states = try await client.projectFieldStates(entity: .execution, projectId: "10000")
            #expect(states.map(\.active) == [false])
            #expect(await server.count("DELETE", "/{fieldId}/{projectId}") == 2)
            #expect(await server.count("GET", "/{id}") == 0)
        }
    }

    @Test func unknownProjectOrFieldIsNotFound() async throws {
        var state = SimulatorState.seeded()
        let id = state.addField(name: "Build", entity: .execution, type: .text)
        try await ContractServer.run(state: state) { server in
            let client = try server.client()
            let noField = await capture { try await client.setEnabled(true, fieldId: 999, projectId: "10000") }
            #expect(
                noField
                    == .notFound(
                        operation: "enable field 999 in project 10000", message: "Custom field with id 999 not found."))
            let noProject = await capture { try await client.setEnabled(true, fieldId: id, projectId: "99999") }
            guard case .notFound? = noProject else {
                Issue.record("expected notFound, got \(String(describing: noProject))")
                return
            }
        }
    }
}
