import Foundation
import Testing
import ZephyrDomain

@testable import ZephyrClient

/// What each API call puts on the wire.
@Suite struct RequestShapeTests {
    let base = "/rest/zapi/latest/customfield"

    @Test func listsSendGETsWithQueries() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.fieldList))
        _ = try await harness.client.fields(entity: .execution)
        _ = try await harness.client.enabledFields(entity: .testStep, projectId: "10000")
        _ = try await harness.client.projectFieldStates(entity: .execution, projectId: "10001")
        let requests = harness.transport.requests
        #expect(requests.map(\.method) == ["GET", "GET", "GET"])
        #expect(
            requests.map(\.path) == [
                "\(base)/entity?entityType=EXECUTION",
                "\(base)/byEntityTypeAndProject?entityType=TESTSTEP&projectId=10000",
                "\(base)/globalCustomFieldsByEntityTypeAndProject?entityType=EXECUTION&projectId=10001",
            ])
        #expect(
            requests.allSatisfy {
                $0.body == nil && $0.header("Accept") == "application/json" && $0.header("Content-Type") == nil
            })
    }

    @Test func projectIdsAreEncodedSoTheyCannotAddParameters() async throws {
        let harness = Harness(FakeTransport(json: "[]"))
        _ = try await harness.client.enabledFields(entity: .execution, projectId: "1&x=2/..")
        #expect(
            harness.transport.requests[0].path
                == "\(base)/byEntityTypeAndProject?entityType=EXECUTION&projectId=1%26x%3D2%2F..")
    }

    @Test func projectsFieldByIdAndMetadata() async throws {
        let harness = Harness(
            FakeTransport { request, _ in
                switch request.path {
                case "/rest/api/2/project": reply(200, #"[{"id":"10000","key":"WEB","name":"Web"}]"#)
                case "\(base)/metadata": reply(200, #"{"customFields":[]}"#)
                default: reply(200, "[]")
                }
            })
        _ = try await harness.client.projects()
        _ = try await harness.client.field(id: 12)
        _ = try await harness.client.metadata()
        #expect(
            harness.transport.requests.map { "\($0.method) \($0.path)" } == [
                "GET /rest/api/2/project", "GET \(base)/12", "GET \(base)/metadata",
            ])
    }

    @Test func createSendsEveryDocumentedKey() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.browser))
        _ = try await harness.client.createField(
            NewField(
                name: "Browser", description: "Where it ran", type: .singleSelect, entity: .execution,
                options: ["Chrome", "Won't"]))
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "\(base)/create")
        #expect(request.header("Content-Type") == "application/json")
        #expect(
            request.jsonBody == [
                "name": "Browser", "description": "Where it ran", "defaultValue": "", "isActive": false,
                "fieldType": "SINGLE_SELECT", "aliasName": "", "projectId": "", "displayName": "",
                "displayFieldType": "Select List (single choices)", "entityType": "EXECUTION",
                "fieldOptions": ["Chrome", "Won't"],
            ] as NSDictionary)
    }

    @Test func createWithoutDescriptionOrOptions() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.notes))
        _ = try await harness.client.createField(
            NewField(name: "Notes", description: nil, type: .text, entity: .testStep, options: []))
        let body = try #require(harness.transport.requests.first?.jsonBody)
        #expect(body["description"] as? String == "")
        #expect(body["fieldOptions"] as? [String] == [])
        #expect(body["displayFieldType"] as? String == "Text Field (single line)")
    }

    @Test func updateSendsNameAndOnlyAGivenDescription() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.browser))
        _ = try await harness.client.updateField(id: 12, name: "Browser", description: "New")
        _ = try await harness.client.updateField(id: 12, name: "Browser", description: nil)
        let requests = harness.transport.requests
        #expect(requests.map { "\($0.method) \($0.path)" } == ["PUT \(base)/12", "PUT \(base)/12"])
        #expect(requests[0].jsonBody == ["name": "Browser", "description": "New"] as NSDictionary)
        #expect(requests[1].jsonBody == ["name": "Browser"] as NSDictionary)
    }

    @Test func deletes() async throws {
        let harness = Harness(FakeTransport(json: #"{"message":"deleted"}"#))
        try await harness.client.deleteField(id: 12)
        try await harness.client.deleteFields(ids: [3, 14])
        try await harness.client.deleteFields(ids: [])
        let requests = harness.transport.requests
        #expect(
            requests.map { "\($0.method) \($0.path)" } == ["DELETE \(base)/12", "DELETE \(base)/delete-customfields"])
        #expect(requests[0].body == nil)
        #expect(requests[1].jsonBody == ["customfields": ["3", "14"]] as NSDictionary)
    }

    @Test func enableAndDisableUseTheDocumentedDELETE() async throws {
        let harness = Harness(FakeTransport(json: #"{"message":"ok"}"#))
        try await harness.client.setEnabled(true, fieldId: 12, projectId: "10000")
        try await harness.client.setEnabled(false, fieldId: 12, projectId: "10000")
        #expect(
            harness.transport.requests.map { "\($0.method) \($0.path)" } == [
                "DELETE \(base)/12/10000?enable=true", "DELETE \(base)/12/10000?enable=false",
            ])
    }

    @Test func optionCalls() async throws {
        let harness = Harness(
            FakeTransport { request, _ in
                request.method == "POST"
                    ? reply(
                        200,
                        #"{"optionId":"9","customFieldId":"2","optionValue":"x","isDisabled":"false","sequence":"0"}"#)
                    : reply(200, #"{"message":"ok"}"#)
            })
        let option = try await harness.client.addOption(fieldId: 2, text: "x")
        try await harness.client.renameOption(id: "9", to: "new")
        try await harness.client.removeOption(id: "9")
        #expect(option == RemoteOption(id: "9", text: "x"))
        let requests = harness.transport.requests
        #expect(
            requests.map { "\($0.method) \($0.path)" } == [
                "POST \(base)/2/customfieldOption", "PUT \(base)/customfieldOption/9",
                "DELETE \(base)/customfieldOption/9",
            ])
        #expect(requests[0].jsonBody == ["optionValue": "x", "isDisabled": "false", "sequence": ""] as NSDictionary)
        #expect(requests[1].jsonBody == ["optionValue": "new"] as NSDictionary)
        #expect(requests[2].body == nil)
    }
}
