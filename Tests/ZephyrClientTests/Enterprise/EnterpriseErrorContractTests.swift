import Foundation
import Testing
import ZephyrSimulator

@testable import ZephyrClient

/// ZE's failure answers from the HTTP simulator, as the real client reports them.
@Suite struct EnterpriseErrorContractTests {
    static let browser = NewEnterpriseField(
        entity: .testcase, displayName: "Browser", fieldTypeMetadata: 3, allProject: true)

    @Test func unknownFieldIdIsAServerErrorNeverAbsent() async throws {
        try await ContractServer.enterprise { server in
            let error = await capture { _ = try await server.enterpriseClient().field(id: 999) }
            guard case .serverError(_, 500, _, _)? = error else {
                Issue.record("got \(String(describing: error))")
                return
            }
            // Not retried: a 500 is not transient.
            #expect(await server.zeCount("GET", "latest/field/{id}") == 1)
        }
    }

    @Test func aWebUIURLIsToldToUseTheRootURL() async throws {
        try await ContractServer.enterprise { server in
            let error = await capture { _ = try await server.enterpriseClient(path: "/flex/html5").projects() }
            #expect(error == .webUI(url: server.server.baseURL + "/flex/html5/flex/services/rest/v3/project/"))
        }
    }

    @Test func lockedReadsAreRetriedUntilTheLockIsGone() async throws {
        try await ContractServer.enterprise(.init(lockedFaultRate: 1)) { server in
            let simulator = server.simulator
            let client = try server.enterpriseClient(onRetry: {
                await simulator.setOptions(SimulatorOptions(flavor: .enterprise))
            })
            #expect(try await client.projects().count == 3)
            #expect(server.sleeps.withLock { $0.count } == 1)
            #expect(await server.zeCount("GET", "v3/project/") == 2)
        }
    }

    @Test func lockedWritesAreReportedOnceAndDidNothing() async throws {
        try await ContractServer.enterprise(.init(lockedFaultRate: 1, lockedStatus: 409)) { server in
            let error = await capture { _ = try await server.enterpriseClient().createField(Self.browser) }
            guard case .locked(let operation, _)? = error else {
                Issue.record("got \(String(describing: error))")
                return
            }
            #expect(operation == "create testcase field \"Browser\"")
            #expect(await server.zeCount("POST", "latest/field") == 1)
            #expect(await server.simulator.snapshot().enterpriseState.fields.isEmpty)
        }
    }

    @Test func aDroppedCreateIsAmbiguousAndNotRepeated() async throws {
        let options = SimulatorOptions(flavor: .enterprise, faultRate: 1, faultKinds: [.dropAfterCommit])
        try await ContractServer.run(options: options) { server in
            let error = await capture { _ = try await server.enterpriseClient().createField(Self.browser) }
            #expect(error?.isAmbiguous == true)
            #expect(await server.zeCount("POST", "latest/field") == 1)
            #expect(await server.simulator.snapshot().enterpriseState.fields.count == 1)
        }
    }

    @Test func viewerIsForbiddenToChangeAndToldTheRole() async throws {
        var state = SimulatorState.seeded()
        let field = state.addEnterpriseField("Browser", type: 3)
        try await ContractServer.enterprise(state: state) { server in
            let viewer = try server.enterpriseClient(.basic(user: "viewer", password: "viewer"))
            #expect(try await viewer.fields(entity: .testcase).map(\.id) == [field.id])
            let create = await capture { _ = try await viewer.createField(Self.browser) }
            #expect(
                create
                    == .forbidden(
                        operation: "create testcase field \"Browser\"", permission: Permission.enterpriseAdmin))
            let replace = await capture {
                try await viewer.replaceOptions(entity: .testcase, fieldName: field.fieldName, options: [])
            }
            #expect(
                replace
                    == .forbidden(
                        operation: "replace the options of testcase field \(field.fieldName)",
                        permission: Permission.enterpriseAdmin))
            #expect(await server.simulator.mutatingRequestCount() == 0)
        }
    }

    @Test func refusedInputCarriesZephyrsMessage() async throws {
        try await ContractServer.enterprise { server in
            let client = try server.enterpriseClient()
            let error = await capture {
                _ = try await client.createField(
                    NewEnterpriseField(entity: .testcase, displayName: "X", fieldTypeMetadata: 99, allProject: true))
            }
            #expect(
                error
                    == .badRequest(
                        operation: "create testcase field \"X\"", message: "Invalid field type. (code Bad Request)"))
            let options = await capture {
                try await client.replaceOptions(
                    entity: .testcase, fieldName: "zcf_5", options: [.init(id: "1", value: "A")])
            }
            #expect(
                options
                    == .badRequest(
                        operation: "replace the options of testcase field zcf_5",
                        message: "Preference testcase.zcf_5.LOV not found. (code Bad Request)"))
        }
    }
}
