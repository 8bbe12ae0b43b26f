import Foundation
import Testing
import ZephyrDomain

@testable import ZephyrSimulator

@Suite struct EnableToggleTests {
    static func client(verb: EnableVerb = .delete) -> TestClient {
        var state = SimulatorState.seeded()
        state.addField(name: "Browser", entity: .execution, type: .text)
        return TestClient(simulator: ZephyrSimulator(state: state, options: .init(enableVerb: verb)))
    }

    func enabledIn(_ client: TestClient) async -> [String] {
        await client.simulator.snapshot().fields[0].enabledProjectIds
    }

    @Test func enableIsAToggle() async {
        let client = Self.client()
        #expect(await client.call("DELETE", "1/10000?enable=false").status == 200)
        #expect(await enabledIn(client) == [])
        #expect(await client.call("DELETE", "1/10000?enable=true").status == 200)
        #expect(await enabledIn(client) == ["10000"])
        // enable=true on a mapped field removes the mapping.
        let again = await client.call("DELETE", "1/10000?enable=true")
        #expect(again.status == 200)
        #expect(again.message.contains("enabled"))
        #expect(await enabledIn(client) == [])
        _ = await client.call("DELETE", "1/10000?enable=true")
        #expect(await client.call("DELETE", "1/10000?enable=false").status == 200)
        #expect(await enabledIn(client) == [])
    }

    @Test(arguments: [(EnableVerb.delete, "DELETE", "PUT"), (.put, "PUT", "DELETE")])
    func onlyTheConfiguredVerbWorks(verb: EnableVerb, works: String, refused: String) async {
        let client = Self.client(verb: verb)
        #expect(await client.call(refused, "1/10001?enable=true").status == 405)
        #expect(await enabledIn(client) == [])
        #expect(await client.call(works, "1/10001?enable=true").status == 200)
        #expect(await enabledIn(client) == ["10001"])
    }

    @Test func unknownFieldOrProjectIs400() async {
        let client = Self.client()
        let field = await client.call("DELETE", "42/10000?enable=true")
        #expect(field.status == 400)
        #expect(field.error == "Custom field with id 42 not found.")
        #expect(await client.call("DELETE", "1/99999?enable=true").status == 400)
        #expect(await client.call("DELETE", "1/10000").status == 400)
    }
}
