import Foundation
import Testing
import ZephyrSimulator

@testable import ZephyrClient

/// Every endpoint, through the real client and the HTTP simulator, under every combination of
/// the switches for what the evidence leaves open.
@Suite struct EnterpriseSwitchMatrixContractTests {
    typealias Switches = EnterpriseSimulatorOptions

    static let combinations: [Switches] = [false, true].flatMap { wrap in
        Switches.FieldUpdate.allCases.flatMap { update in
            Switches.MissingPreference.allCases.flatMap { missing in
                Switches.UsageShape.allCases.map { usage in
                    Switches(wrapLists: wrap, fieldUpdate: update, missingPreference: missing, usageShape: usage)
                }
            }
        }
    }

    @Test(arguments: combinations)
    func everyEndpointWorksUnderEverySwitch(switches: Switches) async throws {
        try await ContractServer.enterprise(switches) { server in
            let client = try server.enterpriseClient()
            #expect(try await client.currentUser().username == "admin")
            #expect(try await client.projects().map(\.name) == ["Web Shop", "Public API", "Mobile App"])
            let types = try await client.fieldTypes()
            #expect(types.count == 16)
            let picklist = try #require(types.code(for: .picklist))
            #expect(types.code(for: .multiSelect) == 27)

            let created = try await client.createField(
                NewEnterpriseField(
                    entity: .testcase, displayName: "Browser", fieldTypeMetadata: picklist, description: "Which one",
                    allProject: false, projectIds: [10002, 10000]))
            #expect(created.fieldName == "zcf_\(created.id)")
            #expect(created.projectIds == [10000, 10002] && !created.allProject)
            #expect(try await client.fields(entity: .testcase) == [created])
            #expect(try await client.fields(entity: .requirement).isEmpty)
            #expect(try await client.field(id: created.id) == created)
            #expect(try await client.fields(named: "browser", projectId: 10002) == [created])
            #expect(try await client.fields(named: "Browser", projectId: 10001).isEmpty)  // 204

            let name = created.fieldName
            if switches.missingPreference == .serverError {
                let error = await capture { _ = try await client.options(entity: .testcase, fieldName: name) }
                #expect(
                    error
                        == .serverError(
                            operation: "read the options of testcase field \(name)", status: 500,
                            message:
                                "An internal error occurred while processing the request. (code Internal Server Error)")
                )
            } else {
                #expect(try await client.options(entity: .testcase, fieldName: name) == nil)
            }
            let first = EnterpriseOptionList.assigningIds(current: [], wanted: ["Chrome", "Firefox"])
            try await client.replaceOptions(entity: .testcase, fieldName: name, options: first)
            let read = try #require(try await client.options(entity: .testcase, fieldName: name))
            #expect(read == [.init(id: "1", value: "Chrome"), .init(id: "2", value: "Firefox")])
            let second = EnterpriseOptionList.assigningIds(current: read, wanted: ["Firefox", "Safari"])
            try await client.replaceOptions(entity: .testcase, fieldName: name, options: second)
            #expect(
                try await client.options(entity: .testcase, fieldName: name) == [
                    .init(id: "2", value: "Firefox"), .init(id: "3", value: "Safari"),
                ])

            let firefox = EnterpriseOption(id: "2", value: "Firefox")
            #expect(try await client.optionInUse(entity: .testcase, fieldName: name, option: firefox) == false)
            let mark = try await server.raw(
                "POST", "latest/simulator/optionusage", json: #"{"preferencename":"testcase.\#(name).LOV","id":"2"}"#)
            #expect(mark.status == 200)
            #expect(try await client.optionInUse(entity: .testcase, fieldName: name, option: firefox) == true)

            let update = try await server.raw(
                "PUT", "latest/field", json: #"{"id":\#(created.id),"displayName":"Web browser"}"#)
            let expected =
                switch switches.fieldUpdate {
                case .methodNotAllowed: 405
                case .notFound: 404
                case .accepted: 200
                }
            #expect(update.status == expected)

            #expect(await server.zeCount("GET", "v3/field/entity/{entity}") == 2)  // testcase and requirement
            #expect(await server.zeCount("POST", "latest/field") == 1)
            #expect(await server.zeCount("PUT", "v3/admin/preference") == 2)
        }
    }
}
