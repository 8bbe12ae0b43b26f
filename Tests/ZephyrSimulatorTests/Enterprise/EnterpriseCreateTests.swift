import Foundation
import Testing

@testable import ZephyrSimulator

@Suite struct EnterpriseCreateTests {
    @Test func createAssignsZcfNameAndKeepsScope() async {
        let ze = EnterpriseTestClient()
        let scoped = await ze.create("Browser", allProject: false, projectIds: [10002, 10000])
        #expect(scoped.status == 200)
        let id = scoped.object["id"] as? Int ?? -1
        #expect(scoped.object["fieldName"] as? String == "zcf_\(id)")
        #expect(scoped.object["projectIds"] as? [Int] == [10000, 10002])
        #expect(scoped.object["allProject"] as? Bool == false)
        let everywhere = await ze.create("OS", entity: "requirement", type: 1)
        #expect(everywhere.object["allProject"] as? Bool == true)
        #expect(everywhere.object["id"] as? Int == id + 1)
        let stored = await ze.simulator.snapshot().enterpriseState.fields
        #expect(stored.map(\.displayName) == ["Browser", "OS"])
        #expect(stored.map(\.entityName) == ["testcase", "requirement"])
    }

    @Test func createRefusesBadInputWithErrorMsg() async {
        let ze = EnterpriseTestClient()
        #expect(await ze.create("X", entity: "execution").errorMsg.contains("entity"))
        #expect(await ze.create("", type: 1).status == 400)
        #expect(await ze.create("X", type: 99).errorMsg == "Invalid field type.")
        #expect(await ze.create("X", allProject: false, projectIds: [42]).errorMsg == "Project with id 42 not found.")
        #expect(await ze.simulator.snapshot().enterpriseState.fields.isEmpty)
    }

    @Test func atMostOneUniqueFieldPerProject() async {
        let ze = EnterpriseTestClient()
        #expect(await ze.create("Key", allProject: false, projectIds: [10000], unique: true).status == 200)
        #expect(await ze.create("Other", allProject: false, projectIds: [10001], unique: true).status == 200)
        #expect(await ze.create("Third", allProject: true, unique: true).status == 400)
    }

    @Test func viewerIsForbiddenInZephyrEnterpriseShape() async {
        var ze = EnterpriseTestClient()
        ze.client.authorization = TestClient.viewerBasic
        let reply = await ze.create("Browser")
        #expect(reply.status == 403)
        #expect(reply.object["errorCode"] as? String == "Forbidden")
        #expect(await ze.call("GET", "v3/field/entity/testcase").status == 200)
    }

    @Test(arguments: EnterpriseSimulatorOptions.FieldUpdate.allCases)
    func putFieldFollowsTheSwitch(behaviour: EnterpriseSimulatorOptions.FieldUpdate) async {
        var state = SimulatorState.seeded()
        let field = state.addEnterpriseField("Browser", type: 3)
        let ze = EnterpriseTestClient(state: state, options: .init(fieldUpdate: behaviour))
        let reply = await ze.call("PUT", "latest/field", json: #"{"id":\#(field.id),"displayName":"Web browser"}"#)
        let name = await ze.simulator.snapshot().enterpriseState.fields.first?.displayName
        switch behaviour {
        case .methodNotAllowed:
            #expect(reply.status == 405)
            #expect(reply.header("Allow") == "POST")
            #expect(name == "Browser")
        case .notFound:
            #expect(reply.status == 404)
            #expect(name == "Browser")
        case .accepted:
            #expect(reply.status == 200)
            #expect(name == "Web browser")
            #expect(await ze.call("PUT", "latest/field", json: #"{"id":5}"#).status == 500)
        }
    }
}
