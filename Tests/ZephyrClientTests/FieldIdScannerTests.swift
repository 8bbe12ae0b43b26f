import Foundation
import Testing

@testable import ZephyrClient

/// `FieldIdScanner` is a shortcut past `JSONDecoder`: it must read the plain shape, and for any
/// body it answers at all, answer what `JSONDecoder` would.
@Suite struct FieldIdScannerTests {
    /// What the client read before the shortcut, and still reads whenever the scanner declines.
    private func decoded(_ json: String) -> [Int]? {
        try? JSONDecoder().decode([FieldIdDTO].self, from: Data(json.utf8)).map(\.id.value)
    }

    private func scanned(_ json: String) -> [Int]? {
        FieldIdScanner.ids(in: Data(json.utf8))
    }

    @Test func readsTheShapeServersSend() {
        #expect(scanned("[\(Fixtures.browser)]") == [12])
        #expect(scanned(" [ ] \n") == [])
        let full = #"""
            [{"id":3,"name":"Browser \"main\"\n2nd line \u00e9 ü","fieldType":"SINGLE_SELECT","entityType":"EXECUTION",
              "customFieldOptionValues":{"5":"Chrome","6":"Firefox"},"isActive":true,"createdOn":1.5e12,
              "fieldOptions":null,"audit":[{"by":"admin","at":-0.25},[],{}]},
             {"description":"","id":-7}]
            """#
        #expect(scanned(full) == [3, -7])
        #expect(scanned(full) == decoded(full))
    }

    /// Unusual but valid bodies are left to `JSONDecoder` (nil), never read differently.
    @Test(arguments: [
        #"[{"id":"12"}]"#, Fixtures.fieldList,  // a numeric string: LenientInt's job
        #"[{"id":1.0}]"#, #"[{"id":1e2}]"#,  // fraction or exponent
        #"[{"id":1,"id":2}]"#,  // JSONDecoder takes the first
        #"[{"\u0069d":5}]"#,  // an escaped key
        "[{\"id\":1,\"n\":\"a\tb\"}]",  // a raw control character, which JSONDecoder tolerates
        #"[{"id":99999999999999999999}]"#,  // too large for Int
        "\u{FEFF}[]",  // a byte order mark
        String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
    ])
    func declinesWhatIsUnusual(json: String) {
        #expect(scanned(json) == nil)
    }

    /// Malformed bodies are declined too, so the client reports JSONDecoder's error as before.
    @Test(arguments: [
        "", "null", "{}", "[", "[1]", #"[{"id":1}"#, #"[{"id":1},]"#, #"[{"id":1}] x"#, #"[{"name":"x"}]"#,
        #"[{"id":01}]"#, #"[{"id":1,"x":tru}]"#, #"[{"id":1,"x":"\q"}]"#, #"[{"id":1,"x":"\u12"}]"#,
        #"[{"id":1 "x":2}]"#, #"[{"id":-}]"#, #"[{"id":1,"x":1.}]"#, #"[{"id":1,"x":"open}]"#,
    ])
    func declinesWhatIsMalformed(json: String) {
        #expect(scanned(json) == nil)
    }

    /// Whatever it reads, JSONDecoder reads the same.
    @Test(arguments: [
        "[\(Fixtures.browser)]", "[]", #"[{"id":0},{"id":-0},{"id":12,"x":[1,{"y":null}]}]"#,
        #"[{"a":"\\","id":4,"b":"\/\b\f\n\r\t\u0041"}]"#, #"[{"id":1,"x":true,"y":false,"z":-1.5E-3}]"#,
    ])
    func agreesWithJSONDecoder(json: String) throws {
        let ids = try #require(scanned(json))
        #expect(ids == decoded(json))
    }
}
