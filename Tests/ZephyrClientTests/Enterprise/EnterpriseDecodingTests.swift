import Foundation
import Testing

@testable import ZephyrClient

@Suite struct EnterpriseDecodingTests {
    @Test(arguments: [
        "[\(EnterpriseFixtures.browser),\(EnterpriseFixtures.stringly)]",
        #"{"results":[\#(EnterpriseFixtures.browser),\#(EnterpriseFixtures.stringly)],"resultSize":2}"#,
    ])
    func fieldListsDecodeBareOrWrappedAndLeniently(body: String) async throws {
        let harness = Harness.enterprise(FakeTransport(json: body))
        let fields = try await harness.enterprise.fields(entity: .testcase)
        #expect(
            fields == [
                EnterpriseField(
                    id: 1008, fieldName: "zcf_1008", displayName: "Browser", entity: .testcase, fieldTypeMetadata: 3,
                    description: "Which browser", allProject: false, projectIds: [1, 4], length: 1024),
                EnterpriseField(
                    id: 1009, fieldName: "zcf_1009", displayName: "Risk", entity: .testcase, fieldTypeMetadata: 1,
                    mandatory: true, allProject: true, length: 255),
            ])
        #expect(harness.transport.requests.map(\.path) == ["/flex/services/rest/v3/field/entity/testcase"])
    }

    @Test func aFieldWithoutItsKeyOrEntityIsRefused() async {
        for body in [
            #"[{"id":1,"displayName":"A","entityName":"testcase","fieldTypeMetadata":1}]"#,
            #"[{"id":1,"fieldName":"zcf_1","displayName":"A","entityName":"execution","fieldTypeMetadata":1}]"#,
        ] {
            let error = await capture {
                _ = try await Harness.enterprise(FakeTransport(json: body)).enterprise.fields(entity: .testcase)
            }
            guard case .invalidResponse(let operation, _)? = error else {
                Issue.record("expected invalidResponse, got \(String(describing: error))")
                continue
            }
            #expect(operation == "list testcase fields")
        }
    }

    @Test func emptyResultsAre204OrAnEmptyBody() async throws {
        for response in [reply(204, ""), reply(200, "")] {
            #expect(try await Harness.enterprise(FakeTransport { _, _ in response }).enterprise.projects() == [])
        }
    }

    @Test func projectsAndTypesDecodeLeniently() async throws {
        let projects = Harness.enterprise(
            FakeTransport(json: #"{"results":[{"id":"4","name":"Web Shop","globalProject":false}]}"#))
        #expect(try await projects.enterprise.projects() == [EnterpriseProject(id: 4, name: "Web Shop")])
        #expect(projects.transport.requests.first?.path == "/flex/services/rest/v3/project/")
        let types = Harness.enterprise(
            FakeTransport(json: #"[{"id":"3","name":"Picklist"},{"code":27,"displayName":"Multi Select"}]"#))
        #expect(
            try await types.enterprise.fieldTypes() == [
                EnterpriseFieldType(code: 3, name: "Picklist"), EnterpriseFieldType(code: 27, name: "Multi Select"),
            ])
    }

    @Test func anEmptyCurrentUserMeansNotSignedIn() async throws {
        let signedIn = Harness.enterprise(FakeTransport(json: #"{"id":"1","username":"admin","title":"Admin"}"#))
        #expect(try await signedIn.enterprise.currentUser() == EnterpriseUser(id: 1, username: "admin"))
        let error = await capture {
            _ = try await Harness.enterprise(FakeTransport(status: 200, json: "")).enterprise.currentUser()
        }
        #expect(error == .unauthorized(server: "https://jira.example.com"))
    }

    @Test(arguments: [
        ("true", true), ("false", false), ("0", false), ("2", true), (#""true""#, true),
        (#"{"inUse":true}"#, true), (#"{"count":0}"#, false),
    ])
    func usageAnswersOfEveryPlausibleShape(body: String, inUse: Bool) async throws {
        let harness = Harness.enterprise(FakeTransport(json: body))
        #expect(
            try await harness.enterprise.optionInUse(
                entity: .testcase, fieldName: "zcf_1", option: .init(id: "2", value: "A b")) == inUse)
        #expect(
            harness.transport.requests.first?.path
                == "/flex/services/rest/latest/admin/preference/item/usage?preferencename=testcase.zcf_1.LOV&value=A%20b&id=2"
        )
    }

    @Test(arguments: ["", "null", #"{"answer":"maybe"}"#, "[]"])
    func anUnreadableUsageAnswerIsAnErrorNeverNotInUse(body: String) async {
        let error = await capture {
            _ = try await Harness.enterprise(FakeTransport(json: body)).enterprise.optionInUse(
                entity: .testcase, fieldName: "zcf_1", option: .init(id: "1", value: "A"))
        }
        guard case .invalidResponse? = error else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
    }
}
