import Foundation
import Testing

@testable import ZephyrSimulator

@Suite struct EnterprisePreferenceTests {
    static func picklist() -> (SimulatorState, EnterpriseSimField) {
        var state = SimulatorState.seeded()
        let field = state.addEnterpriseField("Browser", type: EnterpriseCatalogue.picklist)
        return (state, field)
    }

    @Test func optionListIsReplacedWholeKeepingIdsAsGiven() async {
        let (state, field) = Self.picklist()
        let ze = EnterpriseTestClient(state: state)
        let name = "testcase.\(field.fieldName).LOV"
        let value = #"[{"value":"Chrome","id":"7"},{"value":"Firefox","id":"2"}]"#
        #expect(await ze.putOptions(name, value).status == 200)
        let read = await ze.call("GET", "latest/admin/preference?key=\(name)")
        #expect(read.object["name"] as? String == name)
        #expect(read.object["value"] as? String == value)
        #expect(await ze.putOptions(name, #"[{"value":"Safari","id":"8"}]"#).status == 200)
        #expect(await ze.simulator.snapshot().enterpriseState.preferences[name] == #"[{"value":"Safari","id":"8"}]"#)
    }

    @Test(arguments: [
        "not json", #"{"value":"Chrome","id":"1"}"#, #"[{"value":"Chrome"}]"#,
        #"[{"value":"A","id":"1"},{"value":"B","id":"1"}]"#,
    ])
    func invalidOptionListsAreRefused(value: String) async {
        let (state, field) = Self.picklist()
        let ze = EnterpriseTestClient(state: state)
        let reply = await ze.putOptions("testcase.\(field.fieldName).LOV", value)
        #expect(reply.status == 400)
        #expect(await ze.simulator.snapshot().enterpriseState.preferences.isEmpty)
    }

    @Test func optionsOnlyForExistingPicklists() async {
        var (state, _) = Self.picklist()
        let checkbox = state.addEnterpriseField("Done", type: 4)
        let ze = EnterpriseTestClient(state: state)
        #expect(
            await ze.putOptions("testcase.zcf_999.LOV", "[]").errorMsg == "Preference testcase.zcf_999.LOV not found.")
        #expect(await ze.putOptions("requirement.zcf_1001.LOV", "[]").status == 400)
        #expect(
            await ze.putOptions("testcase.\(checkbox.fieldName).LOV", "[]").errorMsg.contains("does not take options"))
    }

    @Test(arguments: EnterpriseSimulatorOptions.MissingPreference.allCases)
    func missingPreferenceFollowsTheSwitch(shape: EnterpriseSimulatorOptions.MissingPreference) async {
        let ze = EnterpriseTestClient(options: .init(missingPreference: shape))
        let reply = await ze.call("GET", "latest/admin/preference?key=testcase.zcf_1.LOV")
        switch shape {
        case .noContent: #expect(reply.status == 204 && reply.text.isEmpty)
        case .emptyBody: #expect(reply.status == 200 && reply.text.isEmpty)
        case .nullValue: #expect(reply.status == 200 && reply.object["value"] is NSNull)
        case .emptyObject: #expect(reply.status == 200 && reply.text == "{}")
        case .serverError: #expect(reply.status == 500 && !reply.errorMsg.isEmpty)
        }
        #expect(await ze.call("GET", "latest/admin/preference").status == 428)
    }

    @Test(arguments: EnterpriseSimulatorOptions.UsageShape.allCases)
    func usageIsMarkedByTheAdminEndpointOrTheActor(shape: EnterpriseSimulatorOptions.UsageShape) async {
        let (state, field) = Self.picklist()
        let ze = EnterpriseTestClient(state: state, options: .init(usageShape: shape))
        let name = "testcase.\(field.fieldName).LOV"
        func usage(_ id: String) async -> String {
            await ze.call("GET", "latest/admin/preference/item/usage?preferencename=\(name)&value=Chrome&id=\(id)").text
        }
        let (yes, no) =
            switch shape {
            case .boolean: ("true", "false")
            case .count: ("3", "0")
            case .object: (#"{"inUse":true}"#, #"{"inUse":false}"#)
            }
        #expect(await usage("1") == no)
        let mark = await ze.call(
            "POST", "latest/simulator/optionusage", json: #"{"preferencename":"\#(name)","id":"1"}"#)
        #expect(mark.status == 200)
        #expect(await usage("1") == yes)
        await ze.simulator.markEnterpriseOption(preference: name, id: "2")
        await ze.simulator.markEnterpriseOption(preference: name, id: "1", inUse: false)
        #expect(await usage("1") == no)
        #expect(await usage("2") == yes)
        #expect(await ze.call("GET", "latest/admin/preference/item/usage?preferencename=\(name)").status == 428)
    }
}
