import Foundation
import TestSupport
import Testing
import ZephyrDomain

@testable import ZephyrSimulator

@Suite struct OptionTests {
    let clock = ManualClock()
    let client: TestClient

    init() {
        var state = SimulatorState.seeded()
        state.addField(name: "Browser", entity: .execution, type: .singleSelect, options: ["Chrome", "Firefox"])
        state.addField(name: "Notes", entity: .execution, type: .text)
        client = TestClient(
            simulator: ZephyrSimulator(state: state, options: .init(deleteDelayMilliseconds: 100), now: clock.source))
    }

    func options() async -> [String: String] {
        await client.call("GET", "1").array.first?["customFieldOptionValues"] as? [String: String] ?? [:]
    }

    @Test func addOptionAnswersStringsAndStoresTextAsSent() async {
        let reply = await client.call(
            "POST", "1/customfieldOption", json: #"{"optionValue":"Won't","isDisabled":"false","sequence":""}"#)
        #expect(reply.status == 200)
        #expect(reply.object["optionId"] as? String == "3")
        #expect(reply.object["customFieldId"] as? String == "1")
        #expect(reply.object["optionValue"] as? String == "Won't")
        #expect(reply.object["isDisabled"] as? String == "false")
        #expect(reply.object["sequence"] as? String == "0")
        #expect(await options()["3"] == "Won't")
    }

    @Test func addOptionToUnknownFieldOrTextFieldIs400() async {
        let unknown = await client.call("POST", "42/customfieldOption", json: #"{"optionValue":"x"}"#)
        #expect(unknown.error == "Custom field with id 42 not found.")
        #expect(await client.call("POST", "2/customfieldOption", json: #"{"optionValue":"x"}"#).status == 400)
    }

    @Test func renameOption() async {
        #expect(await client.call("PUT", "customfieldOption/2", json: #"{"optionValue":"Firefox ESR"}"#).status == 200)
        #expect(await options() == ["1": "Chrome", "2": "Firefox ESR"])
        let missing = await client.call("PUT", "customfieldOption/9", json: #"{"optionValue":"x"}"#)
        #expect(missing.status == 400)
        #expect(missing.error == "Custom field option with id 9 not found.")
    }

    @Test func deleteOptionFinishesInTheBackgroundAndKeepsTheLast() async {
        #expect(await client.call("DELETE", "customfieldOption/1").status == 200)
        #expect(await options() == ["1": "Chrome", "2": "Firefox"])
        // Option 1 is on its way out: option 2 is the last one left.
        #expect(await client.call("DELETE", "customfieldOption/2").status == 400)
        clock.advance(milliseconds: 100)
        #expect(await options() == ["2": "Firefox"])
        #expect(await client.call("DELETE", "customfieldOption/1").error == "Custom field option with id 1 not found.")
    }
}
