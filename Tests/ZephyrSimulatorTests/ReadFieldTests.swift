import Foundation
import Testing
import ZephyrDomain

@testable import ZephyrSimulator

@Suite struct ReadFieldTests {
    static func seededState() -> SimulatorState {
        var state = SimulatorState.seeded()
        state.addField(
            name: "Browser", entity: .execution, type: .singleSelect, options: ["Chrome", "Firefox"], enabledIn: ["WEB"]
        )
        state.addField(name: "Notes", entity: .execution, type: .largeText, description: "Free text")
        state.addField(name: "Step kind", entity: .testStep, type: .text, enabledIn: ["API"])
        return state
    }

    let client = TestClient(simulator: ZephyrSimulator(state: ReadFieldTests.seededState()))

    @Test func getByIdIsAnArrayOfOne() async {
        let reply = await client.call("GET", "1")
        #expect(reply.status == 200)
        #expect(reply.array.count == 1)
        #expect(reply.text.contains(#""customFieldOptionValues":{"1":"Chrome","2":"Firefox"}"#))
        #expect(reply.array.first?["active"] as? Bool == true)
    }

    @Test func unknownIdIs200EmptyArray() async {
        let reply = await client.call("GET", "42")
        #expect(reply.status == 200)
        #expect(reply.text == "[]")
    }

    @Test func entityListIsCaseInsensitive() async {
        let reply = await client.call("GET", "entity?entityType=execution")
        #expect(reply.status == 200)
        #expect(reply.names == ["Browser", "Notes"])
        #expect(reply.array[1]["description"] as? String == "Free text")
        #expect(await client.call("GET", "entity?entityType=TESTSTEP").names == ["Step kind"])
    }

    @Test(arguments: ["entity", "entity?entityType=ISSUE", "byEntityTypeAndProject?entityType=X&projectId=10000"])
    func badEntityIs400(path: String) async {
        #expect(await client.call("GET", path).status == 400)
    }

    @Test func byProjectListsOnlyEnabledFields() async {
        let web = await client.call("GET", "byEntityTypeAndProject?entityType=EXECUTION&projectId=10000")
        #expect(web.names == ["Browser"])
        let api = await client.call("GET", "byEntityTypeAndProject?entityType=EXECUTION&projectId=10001")
        #expect(api.names == [])
    }

    @Test func globalByProjectListsAllWithActiveForTheProject() async {
        let reply = await client.call(
            "GET", "globalCustomFieldsByEntityTypeAndProject?entityType=EXECUTION&projectId=10000")
        #expect(reply.names == ["Browser", "Notes"])
        #expect(reply.array.map { $0["active"] as? Bool } == [true, false])
    }

    @Test func unknownProjectIs400() async {
        let reply = await client.call(
            "GET", "globalCustomFieldsByEntityTypeAndProject?entityType=EXECUTION&projectId=99")
        #expect(reply.status == 400)
    }

    @Test func metadataListsNineTypes() async {
        let reply = await client.call("GET", "metadata")
        let types = reply.object["customFields"] as? [[String: Any]] ?? []
        #expect(types.count == 9)
        #expect(types.first { $0["type"] as? String == "CHECKBOX" }?["options"] as? Bool == true)
        #expect(types.first { $0["type"] as? String == "NUMBER" }?["label"] as? String == "Number Field")
    }

    @Test func jiraProjects() async {
        let all = await client.call("GET", "/rest/api/2/project")
        #expect(all.array.compactMap { $0["key"] as? String } == ["WEB", "API", "MOBILE"])
        #expect(all.array.first?["id"] as? String == "10000")
        #expect(await client.call("GET", "/rest/api/2/project/API").object["id"] as? String == "10001")
        #expect(await client.call("GET", "/rest/api/2/project/10002").object["key"] as? String == "MOBILE")
        let missing = await client.call("GET", "/rest/api/2/project/NOPE")
        #expect(missing.status == 404)
        #expect((missing.object["errorMessages"] as? [String])?.count == 1)
    }

    @Test func seedingNamesMoreProjects() {
        let state = SimulatorState.seeded(projectCount: 5)
        #expect(state.projects.map(\.key) == ["WEB", "API", "MOBILE", "DEMO", "P0005"])
        #expect(state.projects.map(\.id) == ["10000", "10001", "10002", "10003", "10004"])
    }

    @Test(arguments: ["nowhere", "1/2/3", "/rest/api/2/issue"])
    func unknownRoutesAre404(path: String) async {
        #expect(await client.call("GET", path).status == 404)
    }
}
