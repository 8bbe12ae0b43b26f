import Foundation
import TestSupport
import Testing
import ZephyrClient
import ZephyrDomain

@testable import ZephyrSimulator

@Suite struct AuthTests {
    static func state() -> SimulatorState {
        var state = SimulatorState.seeded()
        state.addField(name: "Browser", entity: .execution, type: .singleSelect, options: ["Chrome"])
        return state
    }

    let simulator = ZephyrSimulator(state: AuthTests.state())

    @Test(arguments: [nil, "Basic " + Data("admin:wrong".utf8).base64EncodedString(), "Bearer nope", "Digest x"])
    func missingOrWrongCredentialsAre401(authorization: String?) async {
        let client = TestClient(simulator: simulator, authorization: authorization)
        let reply = await client.call("GET", "entity?entityType=EXECUTION")
        #expect(reply.status == 401)
        #expect(reply.header("WWW-Authenticate")?.hasPrefix("Basic") == true)
    }

    @Test(arguments: [TestClient.adminBasic, "Bearer admin-token"])
    func adminMayChangeThings(authorization: String) async {
        let client = TestClient(simulator: simulator, authorization: authorization)
        #expect(await client.create("Build") > 0)
    }

    @Test(arguments: [TestClient.viewerBasic, "Bearer viewer-token"])
    func viewerMayListButNotChange(authorization: String) async {
        let client = TestClient(simulator: simulator, authorization: authorization)
        #expect(await client.call("GET", "entity?entityType=EXECUTION").status == 200)
        #expect(await client.call("GET", "/rest/api/2/project").status == 200)
        let forbidden: [(String, String)] = [
            ("POST", "create"), ("GET", "1"), ("PUT", "1"), ("DELETE", "1"), ("DELETE", "1/10000?enable=true"),
            ("POST", "1/customfieldOption"), ("PUT", "customfieldOption/1"), ("DELETE", "customfieldOption/1"),
            ("DELETE", "delete-customfields"),
        ]
        for (method, path) in forbidden {
            #expect(await client.call(method, path, json: #"{"name":"x"}"#).status == 403, "\(method) \(path)")
        }
        #expect(await simulator.mutatingRequestCount() == 0)
    }

    @Test func enterpriseCookieWorksUntilItExpires() async {
        let clock = ManualClock()
        let options = SimulatorOptions(flavor: .enterprise, sessionLifetimeSeconds: 60)
        let simulator = ZephyrSimulator(options: options, now: clock.source)
        let base = "/flex/services/rest/latest"
        let login = await TestClient(simulator: simulator).call("GET", "\(base)/manifest")
        #expect(login.status == 200)
        let setCookie = login.header("Set-Cookie") ?? ""
        #expect(setCookie.contains("Max-Age=60"))
        let token = setCookie.split(separator: ";").first.map(String.init) ?? ""
        #expect(token.hasPrefix("token="))

        let cookieClient = TestClient(simulator: simulator, authorization: nil)
        let me = await cookieClient.call("GET", "\(base)/user/current", headers: [("Cookie", token)])
        #expect(me.status == 200)
        #expect(me.object["username"] as? String == "admin")
        clock.advance(milliseconds: 60_000)
        #expect(await cookieClient.call("GET", "\(base)/user/current", headers: [("Cookie", token)]).status == 401)
        #expect(
            await TestClient(simulator: simulator, authorization: "Bearer viewer-token")
                .call("GET", "\(base)/user/current").object["username"] as? String == "viewer")
    }

    @Test func flavorsServeTheirOwnAPIs() async {
        let squad = TestClient(simulator: simulator)
        #expect(await squad.call("GET", "/flex/services/rest/latest/manifest").status == 404)
        let enterprise = TestClient(simulator: ZephyrSimulator(options: .init(flavor: .enterprise)))
        #expect(await enterprise.call("GET", "entity?entityType=EXECUTION").status == 404)
    }

    @Test func cookiesAreIgnoredBySquad() async {
        let client = TestClient(simulator: simulator, authorization: nil)
        #expect(await client.call("GET", "entity?entityType=EXECUTION", headers: [("Cookie", "token=x")]).status == 401)
    }
}
