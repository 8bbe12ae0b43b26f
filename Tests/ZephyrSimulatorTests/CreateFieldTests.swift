import Foundation
import Testing
import ZephyrDomain

@testable import ZephyrSimulator

@Suite struct CreateFieldTests {
    let client = TestClient(simulator: ZephyrSimulator())

    @Test func responseIsTheFieldObjectWithIsActiveStoredFalse() async throws {
        let reply = await client.call(
            "POST", "create",
            json: """
                {"name":"Browser","description":"Where it ran","defaultValue":"","isActive":true,"fieldType":"SINGLE_SELECT",
                 "aliasName":"","projectId":"","displayName":"","displayFieldType":"","entityType":"execution",
                 "fieldOptions":["Chrome","Firefox"]}
                """)
        #expect(reply.status == 200)
        let field = reply.object
        #expect(field["id"] as? Int == 1)
        #expect(field["name"] as? String == "Browser")
        #expect(field["isActive"] as? Bool == false)
        #expect(field["active"] as? Bool == false)
        #expect(field["entityType"] as? String == "EXECUTION")
        #expect(field["displayFieldType"] as? String == "Select List (single choices)")
        #expect(field["fieldOptions"] is NSNull)
        #expect(field["createdOn"] is Int)
        #expect(field["customFieldOptionValues"] as? [String: String] == ["1": "Chrome", "2": "Firefox"])
        // Create responses do not sort the option map.
        #expect(reply.text.contains(#""customFieldOptionValues":{"2":"Firefox","1":"Chrome"}"#))
    }

    @Test func textFieldHasNoOptionMapAndEmptyDescription() async {
        let reply = await client.call(
            "POST", "create", json: #"{"name":"Notes","fieldType":"TEXT","entityType":"TESTSTEP"}"#)
        #expect(reply.status == 200)
        #expect(reply.object["customFieldOptionValues"] == nil)
        #expect(reply.object["description"] as? String == "")
    }

    @Test func apostrophesAreDoubledAndDuplicatesDropped() async {
        let id = await client.create("Outcome", type: "RADIO_BUTTON", options: ["Won't fix", "Done", "Done"])
        let field = await client.call("GET", "\(id)").array.first
        #expect(field?["customFieldOptionValues"] as? [String: String] == ["1": "Won''t fix", "2": "Done"])
    }

    @Test func optionTypesNeedAnOption() async {
        let reply = await client.call(
            "POST", "create",
            json: #"{"name":"Pick","fieldType":"MULTI_SELECT","entityType":"EXECUTION","fieldOptions":[]}"#)
        #expect(reply.status == 400)
        #expect(!reply.error.isEmpty)
    }

    @Test(arguments: [
        #"{"name":"a,b","fieldType":"TEXT","entityType":"EXECUTION"}"#,
        #"{"name":"  ","fieldType":"TEXT","entityType":"EXECUTION"}"#,
        #"{"name":"Summary","fieldType":"TEXT","entityType":"EXECUTION"}"#,
        #"{"name":"Ok","fieldType":"TEXT","entityType":"ISSUE"}"#,
        #"{"name":"Ok","fieldType":"COLOR","entityType":"EXECUTION"}"#,
        #"{"name":"Ok","fieldType":"SINGLE_SELECT","entityType":"EXECUTION","fieldOptions":[" "]}"#,
        "not json",
    ])
    func invalidCreatesAre400(body: String) async {
        let reply = await client.call("POST", "create", json: body)
        #expect(reply.status == 400)
        #expect(!reply.error.isEmpty)
        #expect(await client.simulator.snapshot().fields.isEmpty)
    }

    @Test func namesAreUniquePerEntityIgnoringCase() async {
        await client.create("Browser")
        let clash = await client.call(
            "POST", "create", json: #"{"name":"BROWSER","fieldType":"TEXT","entityType":"EXECUTION"}"#)
        #expect(clash.status == 400)
        let otherEntity = await client.call(
            "POST", "create", json: #"{"name":"browser","fieldType":"TEXT","entityType":"TESTSTEP"}"#)
        #expect(otherEntity.status == 200)
    }

    @Test func limitsCountFieldsPerEntity() async {
        var options = SimulatorOptions()
        options.fieldLimits = [.execution: 2, .testStep: 1]
        let client = TestClient(simulator: ZephyrSimulator(options: options))
        #expect(await client.create("A") > 0)
        #expect(await client.create("B") > 0)
        #expect(await client.create("C") == -1)
        #expect(await client.create("S1", entity: "TESTSTEP") > 0)
        #expect(await client.create("S2", entity: "TESTSTEP") == -1)
    }

    @Test func defaultLimitsAreNineteenAndFour() async {
        for index in 1...19 { await client.create("F\(index)") }
        let twentieth = await client.call(
            "POST", "create", json: #"{"name":"F20","fieldType":"TEXT","entityType":"EXECUTION"}"#)
        #expect(twentieth.status == 400)
        #expect(await client.simulator.snapshot().fields.count == 19)
    }
}
