import Foundation
import Testing
import ZephyrDomain

@testable import ZephyrClient

/// Responses in every shape real servers send.
@Suite struct DecodingTests {
    @Test func fieldWithNumericIdAndUnsortedOptions() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.fieldList))
        let fields = try await harness.client.fields(entity: .execution)
        #expect(fields.count == 2)
        let browser = fields[0]
        #expect(browser.id == 12)
        #expect(browser.name == "Browser")
        #expect(browser.description == "")
        #expect(browser.type == .singleSelect)
        #expect(browser.entity == .execution)
        // Sorted by numeric id, not as strings ("10" < "5").
        #expect(
            browser.options == [
                RemoteOption(id: "5", text: "Chrome"), RemoteOption(id: "6", text: "Firefox"),
                RemoteOption(id: "10", text: "Safari"),
            ])
    }

    @Test func fieldWithStringIdNullDescriptionAndNoOptions() async throws {
        let harness = Harness(FakeTransport(json: "[\(Fixtures.notes)]"))
        let notes = try #require(try await harness.client.fields(entity: .testStep).first)
        #expect(notes.id == 14)
        #expect(notes.description == nil)
        #expect(notes.entity == .testStep)
        #expect(notes.options.isEmpty)
    }

    @Test(arguments: [
        #""customFieldOptionValues": null"#,
        #""customFieldOptionValues": """#,
        #""customFieldOptionValues": {}"#,
        #""createdOn": "1525688574630""#,
        #""fieldOptions": ["a"]"#,
    ])
    func tolerantKeys(_ extra: String) async throws {
        let json = #"[{"id": 3, "name": "X", "fieldType": "TEXT", "entityType": "EXECUTION", \#(extra)}]"#
        let fields = try await Harness(FakeTransport(json: json)).client.fields(entity: .execution)
        #expect(fields.first?.options == [])
    }

    @Test func unknownFieldTypeIsKeptByName() async throws {
        let json = #"[{"id": 3, "name": "X", "fieldType": "CASCADE", "entityType": "EXECUTION"}]"#
        let field = try #require(try await Harness(FakeTransport(json: json)).client.fields(entity: .execution).first)
        #expect(field.typeName == "CASCADE")
        #expect(field.type == nil)
    }

    @Test func unknownEntityTypeIsInvalid() async {
        let json = #"[{"id": 3, "name": "X", "fieldType": "TEXT", "entityType": "TESTCASE"}]"#
        let error = await capture { _ = try await Harness(FakeTransport(json: json)).client.fields(entity: .execution) }
        #expect(
            error
                == .invalidResponse(
                    operation: "list EXECUTION fields",
                    message: #"field 3 has entity type "TESTCASE"; expected EXECUTION or TESTSTEP"#))
    }

    @Test func nonNumericIdIsInvalid() async {
        let json = #"[{"id": "abc", "name": "X", "fieldType": "TEXT", "entityType": "EXECUTION"}]"#
        let error = await capture { _ = try await Harness(FakeTransport(json: json)).client.fields(entity: .execution) }
        guard case .invalidResponse(let operation, let message)? = error else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
        #expect(operation == "list EXECUTION fields")
        #expect(message.contains("[0].id"))
    }

    @Test func projectStatesUseActive() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.fieldList))
        let states = try await harness.client.projectFieldStates(entity: .execution, projectId: "10000")
        #expect(states.map(\.active) == [true, false])
        #expect(states.map(\.field.id) == [12, 14])
    }

    @Test func projectStatesWithoutActiveAreRefusedRatherThanGuessed() async {
        let json = #"[{"id": 3, "name": "X", "fieldType": "TEXT", "entityType": "EXECUTION", "isActive": true}]"#
        let error = await capture {
            _ = try await Harness(FakeTransport(json: json)).client.projectFieldStates(
                entity: .execution, projectId: "1")
        }
        #expect(
            error
                == .invalidResponse(
                    operation: "read EXECUTION field states of project 1", message: #"field 3 lacks "active""#))
    }

    @Test func stringBooleansForActive() async throws {
        let json = #"[{"id": 3, "name": "X", "fieldType": "TEXT", "entityType": "EXECUTION", "active": "true"}]"#
        let states = try await Harness(FakeTransport(json: json)).client.projectFieldStates(
            entity: .execution, projectId: "1")
        #expect(states.first?.active == true)
    }

    @Test func getByIdAnswersAnArray() async throws {
        #expect(try await Harness(FakeTransport(json: "[\(Fixtures.browser)]")).client.field(id: 12)?.name == "Browser")
        #expect(try await Harness(FakeTransport(json: "[]")).client.field(id: 99) == nil)
        // Older builds: 400 "not found"; and some send the object itself.
        #expect(
            try await Harness(FakeTransport(status: 400, json: #"{"error":"Custom field not found"}"#)).client.field(
                id: 99) == nil)
        #expect(try await Harness(FakeTransport(json: Fixtures.browser)).client.field(id: 12)?.id == 12)
    }

    @Test func createAndUpdateDecodeTheReturnedObject() async throws {
        let harness = Harness(FakeTransport(json: Fixtures.browser))
        let created = try await harness.client.createField(
            NewField(name: "Browser", description: nil, type: .singleSelect, entity: .execution, options: ["Chrome"]))
        let updated = try await harness.client.updateField(id: 12, name: "Browser", description: nil)
        #expect(created.id == 12 && updated.id == 12)
    }

    @Test func projectIdsAsStringsOrNumbers() async throws {
        let json = #"[{"id":"10000","key":"WEB","name":"Web","self":"x"},{"id":10001,"key":"API","name":"Api"}]"#
        let projects = try await Harness(FakeTransport(json: json)).client.projects()
        #expect(
            projects == [
                JiraProject(id: "10000", key: "WEB", name: "Web"), JiraProject(id: "10001", key: "API", name: "Api"),
            ])
    }

    @Test func addOptionWithNumericIds() async throws {
        let option = try await Harness(FakeTransport(json: #"{"optionId":9,"optionValue":"x"}"#)).client.addOption(
            fieldId: 2, text: "x")
        #expect(option == RemoteOption(id: "9", text: "x"))
    }

    @Test func metadata() async throws {
        let json =
            #"{"customFields":[{"label":"Radio Buttons","type":"RADIO_BUTTON","imageClass":"r","description":"d","options":true},{"label":"Number Field","type":"NUMBER","options":false}]}"#
        let types = try await Harness(FakeTransport(json: json)).client.metadata()
        #expect(
            types == [
                FieldTypeInfo(type: "RADIO_BUTTON", label: "Radio Buttons", takesOptions: true),
                FieldTypeInfo(type: "NUMBER", label: "Number Field", takesOptions: false),
            ])
    }

    @Test func notJSONIsInvalid() async {
        let error = await capture { _ = try await Harness(FakeTransport(json: "<html>login</html>")).client.projects() }
        guard case .invalidResponse(let operation, _)? = error else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
        #expect(operation == "list Jira projects")
    }
}
