import Foundation
import Testing

@testable import ZephyrSimulator

@Suite struct EnterpriseReadTests {
    @Test(arguments: [false, true])
    func projectsHaveNumericIdsAndNamesBareOrWrapped(wrapped: Bool) async {
        let ze = EnterpriseTestClient(state: .seeded(projectCount: 4), options: .init(wrapLists: wrapped))
        let reply = await ze.call("GET", "v3/project/")
        #expect(reply.status == 200)
        #expect((reply.json is [Any]) == !wrapped)
        #expect(reply.items.compactMap { $0["name"] as? String } == ["Web Shop", "Public API", "Mobile App", "Demo"])
        #expect(reply.items.compactMap { $0["id"] as? Int } == [10000, 10001, 10002, 10003])
    }

    @Test func fieldsAreListedPerEntityCaseInsensitively() async {
        var state = SimulatorState.seeded()
        state.addEnterpriseField("Browser", type: 3)
        state.addEnterpriseField("Risk", entity: "requirement", type: 1)
        let ze = EnterpriseTestClient(state: state)
        #expect(
            await ze.call("GET", "v3/field/entity/TestCase").items.compactMap { $0["displayName"] as? String } == [
                "Browser"
            ])
        #expect(
            await ze.call("GET", "v3/field/entity/requirement").items.compactMap { $0["fieldName"] as? String } == [
                "zcf_1002"
            ])
        let bad = await ze.call("GET", "v3/field/entity/execution")
        #expect(bad.status == 400)
        #expect(bad.errorMsg.contains("execution"))
    }

    @Test func unknownFieldIdAnswers500AndEmptyNameLookup204() async {
        var state = SimulatorState.seeded()
        let field = state.addEnterpriseField("Browser", type: 3, allProject: false, projectIds: [10001])
        let ze = EnterpriseTestClient(state: state)
        #expect(await ze.call("GET", "latest/field/\(field.id)").object["fieldName"] as? String == "zcf_\(field.id)")
        #expect(await ze.call("GET", "latest/field/999").status == 500)
        #expect(await ze.call("GET", "latest/field/name?name=browser&projectid=10001").items.count == 1)
        let none = await ze.call("GET", "latest/field/name?name=browser&projectid=10000")
        #expect(none.status == 204)
        #expect(none.text.isEmpty)
        #expect(await ze.call("GET", "latest/field/name").status == 428)
    }

    /// 16 rows like a live tenant; multi-select at a code no documented table gives.
    @Test func typeCatalogueHasSixteenRowsAndAnUnguessableMultiSelect() async {
        let rows = await EnterpriseTestClient().call("GET", "latest/field/fieldtype").items
        #expect(rows.count == 16)
        let multi = rows.first { $0["name"] as? String == "Multi Select" }?["id"] as? Int
        #expect(multi == EnterpriseCatalogue.multiSelect)
        #expect(![1, 2, 3, 4, 5, 10, 12, 13].contains(multi ?? 1))
    }

    /// Every route answers under latest, v3 and v4, counted under the prefix used.
    @Test func routesAnswerUnderEachVersionAndCountSeparately() async {
        let ze = EnterpriseTestClient()
        for version in ["latest", "v3", "v4"] {
            #expect(await ze.call("GET", "\(version)/field/fieldtype").status == 200)
        }
        #expect(await ze.call("GET", "v5/field/fieldtype").status == 404)
        let counts = await ze.simulator.requestCounts()
        #expect(counts["GET /flex/services/rest/v3/field/fieldtype"] == 1)
        #expect(counts["GET /flex/services/rest/latest/field/fieldtype"] == 1)
    }

    /// Under `/flex/` outside the REST API the web UI answers with HTML; elsewhere an empty 404.
    @Test func pathsOutsideTheAPIAnswerWithTheWebUI() async {
        let ze = EnterpriseTestClient()
        for path in ["/flex/html5/flex/services/rest/v3/project/", "/flex/html5"] {
            let reply = await ze.client.call("GET", path)
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type")?.contains("text/html") == true)
            #expect(reply.text.hasPrefix("<!DOCTYPE html>"))
        }
        for path in ["\(EnterpriseTestClient.rest)/v3/nothing/here", "/rest/zapi/latest/customfield/entity"] {
            let unknown = await ze.client.call("GET", path)
            #expect(unknown.status == 404)
            #expect(unknown.text.isEmpty)
        }
    }
}
