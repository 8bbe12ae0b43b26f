import Foundation
import TestSupport
import Testing
import ZephyrDomain

@testable import ZephyrSimulator

@Suite struct ChangeFieldTests {
    let clock = ManualClock()
    let client: TestClient

    init() {
        var state = SimulatorState.seeded()
        state.addField(
            name: "Browser", entity: .execution, type: .singleSelect, description: "Old", options: ["Chrome"])
        state.addField(name: "Notes", entity: .execution, type: .text)
        client = TestClient(
            simulator: ZephyrSimulator(state: state, options: .init(deleteDelayMilliseconds: 250), now: clock.source))
    }

    @Test func updateChangesNameAndDescription() async {
        let reply = await client.call("PUT", "1", json: #"{"name":"Web browser","description":"New"}"#)
        #expect(reply.status == 200)
        #expect(reply.object["name"] as? String == "Web browser")
        #expect(reply.object["description"] as? String == "New")
        #expect(reply.object["modifiedDate"] is Int)
    }

    @Test func blankDescriptionIsIgnored() async {
        let reply = await client.call("PUT", "1", json: #"{"name":"Browser","description":""}"#)
        #expect(reply.status == 200)
        #expect(await client.simulator.snapshot().fields[0].description == "Old")
    }

    @Test func nameIsRequired() async {
        #expect(await client.call("PUT", "1", json: #"{"description":"x"}"#).status == 400)
    }

    @Test func renameMustStayUnique() async {
        #expect(await client.call("PUT", "2", json: #"{"name":"browser"}"#).status == 400)
        // Changing only the case of its own name is fine.
        #expect(await client.call("PUT", "1", json: #"{"name":"BROWSER"}"#).status == 200)
    }

    @Test(arguments: [("PUT", "42"), ("DELETE", "42")])
    func unknownFieldIs400NotFound(method: String, path: String) async {
        let reply = await client.call(method, path, json: #"{"name":"x"}"#)
        #expect(reply.status == 400)
        #expect(reply.error == "Custom field with id 42 not found.")
    }

    @Test func deleteFinishesInTheBackground() async {
        let reply = await client.call("DELETE", "1")
        #expect(reply.status == 200)
        #expect(!reply.message.isEmpty)
        // Still visible, and its name still taken, until the delay passes.
        #expect(await client.call("GET", "entity?entityType=EXECUTION").names == ["Browser", "Notes"])
        #expect(
            await client.call(
                "POST", "create", json: #"{"name":"Browser","fieldType":"TEXT","entityType":"EXECUTION"}"#
            ).status == 400)
        clock.advance(milliseconds: 250)
        #expect(await client.call("GET", "entity?entityType=EXECUTION").names == ["Notes"])
        #expect(await client.create("Browser") == 3)
    }

    @Test func pendingDeletesCountAgainstLimits() async {
        await client.simulator.setOptions(.init(fieldLimits: [.execution: 2]))
        _ = await client.call("DELETE", "1")
        #expect(await client.create("Third") == -1)
        clock.advance(milliseconds: 250)
        #expect(await client.create("Third") == 3)
    }

    @Test func bulkDeleteTakesIdsAsStrings() async {
        let reply = await client.call("DELETE", "delete-customfields", json: #"{"customfields":["1","2"]}"#)
        #expect(reply.status == 200)
        clock.advance(milliseconds: 250)
        #expect(await client.simulator.snapshot().fields.isEmpty)
    }

    @Test func bulkDeleteWithUnknownIdChangesNothing() async {
        let reply = await client.call("DELETE", "delete-customfields", json: #"{"customfields":["1","42"]}"#)
        #expect(reply.status == 400)
        clock.advance(milliseconds: 250)
        #expect(await client.simulator.snapshot().fields.count == 2)
    }

    @Test func bulkDeleteCanBeSwitchedOff() async {
        await client.simulator.setOptions(.init(bulkDeleteAvailable: false))
        let reply = await client.call("DELETE", "delete-customfields", json: #"{"customfields":["1"]}"#)
        #expect(reply.status == 404)
        #expect(await client.simulator.mutatingRequestCount() == 0)
    }
}
