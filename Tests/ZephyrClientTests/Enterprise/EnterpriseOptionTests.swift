import Foundation
import Testing

@testable import ZephyrClient

@Suite struct EnterpriseOptionTests {
    static let current = [
        EnterpriseOption(id: "1", value: "Chrome"), .init(id: "2", value: "Firefox"), .init(id: "5", value: "Edge"),
    ]

    @Test func keptOptionsKeepTheirIdsAndNewOnesCountOnFromTheMaximum() {
        let list = EnterpriseOptionList.assigningIds(
            current: Self.current, wanted: ["Safari", "Firefox", "Chrome", "Opera"])
        #expect(
            list == [
                .init(id: "6", value: "Safari"), .init(id: "2", value: "Firefox"), .init(id: "1", value: "Chrome"),
                .init(id: "7", value: "Opera"),
            ])
    }

    /// A removed option's id is never handed out again: values still point at it.
    @Test func removedIdsAreNotReused() {
        let list = EnterpriseOptionList.assigningIds(current: Self.current, wanted: ["Chrome", "Brave"])
        #expect(list == [.init(id: "1", value: "Chrome"), .init(id: "6", value: "Brave")])
    }

    @Test func renamesKeepTheId() {
        let list = EnterpriseOptionList.assigningIds(
            current: Self.current, wanted: ["Google Chrome", "Firefox"], renames: ["Chrome": "Google Chrome"])
        #expect(list == [.init(id: "1", value: "Google Chrome"), .init(id: "2", value: "Firefox")])
    }

    @Test func emptyOrNonNumericListsStartAtOneAndDuplicatesAreKeptOnce() {
        #expect(
            EnterpriseOptionList.assigningIds(current: [], wanted: ["A", "B", "A"]) == [
                .init(id: "1", value: "A"), .init(id: "2", value: "B"),
            ])
        let odd = [EnterpriseOption(id: "x", value: "Old")]
        #expect(
            EnterpriseOptionList.assigningIds(current: odd, wanted: ["Old", "New"]) == [
                .init(id: "x", value: "Old"), .init(id: "1", value: "New"),
            ])
    }

    @Test(arguments: [
        (204, ""), (200, ""), (200, "{}"), (200, #"{"name":"testcase.zcf_1.LOV","value":null}"#),
        (200, #"{"name":"testcase.zcf_1.LOV","value":""}"#),
    ])
    func aMissingPreferenceIsNil(status: Int, body: String) async throws {
        let harness = Harness.enterprise(FakeTransport(status: status, json: body))
        #expect(try await harness.enterprise.options(entity: .testcase, fieldName: "zcf_1") == nil)
        #expect(
            harness.transport.requests.first?.path
                == "/flex/services/rest/latest/admin/preference?key=testcase.zcf_1.LOV")
    }

    @Test func thePreferenceValueIsDecodedFromItsJSONString() async throws {
        let body =
            #"{"name":"testcase.zcf_1.LOV","value":"[{\"value\":\"Chrome\",\"id\":\"1\"},{\"value\":\"Edge\",\"id\":7}]"}"#
        let options = try await Harness.enterprise(FakeTransport(json: body)).enterprise.options(
            entity: .testcase, fieldName: "zcf_1")
        #expect(options == [.init(id: "1", value: "Chrome"), .init(id: "7", value: "Edge")])
        let garbled = await capture {
            _ = try await Harness.enterprise(FakeTransport(json: #"{"value":"[oops"}"#)).enterprise.options(
                entity: .testcase, fieldName: "zcf_1")
        }
        guard case .invalidResponse? = garbled else {
            Issue.record("got \(String(describing: garbled))")
            return
        }
    }

    @Test func replaceSendsTheWholePreferenceOnce() async throws {
        let harness = Harness.enterprise(FakeTransport(json: "{}"))
        try await harness.enterprise.replaceOptions(
            entity: .requirement, fieldName: "zcf_9", options: [.init(id: "1", value: "A \"quoted\"")])
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == "PUT")
        #expect(request.path == "/flex/services/rest/v3/admin/preference")
        let value = #"[{"id":"1","value":"A \"quoted\""}]"#
        #expect(
            request.jsonBody == [
                "name": "requirement.zcf_9.LOV", "value": value, "defaultValue": value, "accessLevel": 0,
                "editable": true, "isCustomizable": true,
            ] as NSDictionary)
    }

    @Test func typeCodesResolveByNameOnlyWhenExactlyOneRowMatches() {
        let catalogue = [
            EnterpriseFieldType(code: 1, name: "Text"), .init(code: 2, name: "Long Text"),
            .init(code: 3, name: "Picklist"),
            .init(code: 27, name: "Multi-Select"), .init(code: 13, name: "RICH TEXT"), .init(code: 10, name: "Number"),
            .init(code: 40, name: "number"),
        ]
        #expect(catalogue.code(for: .text) == 1)
        #expect(catalogue.code(for: .longText) == 2)
        #expect(catalogue.code(for: .multiSelect) == 27)
        #expect(catalogue.code(for: .richText) == 13)
        #expect(catalogue.code(for: .number) == nil)  // two rows: ambiguous
        #expect(catalogue.code(for: .checkbox) == nil)  // absent
    }
}
