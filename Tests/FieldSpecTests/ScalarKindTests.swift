import Testing

@testable import FieldSpec

/// Scalars are read by YAML 1.2 core rules, so `yes` is text and `1e3` is a number.
@Suite struct ScalarKindTests {
    static func scalar(_ text: String, _ style: YAMLNode.Scalar.Style) -> YAMLNode.Scalar {
        YAMLNode.Scalar(string: text, tag: "", style: style, mark: .init(line: 1, column: 1))
    }

    @Test(arguments: [
        ("WEB", ScalarKind.string("WEB")), ("yes", .string("yes")), ("off", .string("off")), ("v1", .string("v1")),
        ("4G", .string("4G")), ("1.2.3", .string("1.2.3")), ("2024-01-01", .string("2024-01-01")),
        ("e3", .string("e3")),
        ("42", .integer(42, "42")), ("-7", .integer(-7, "-7")), ("0x1F", .integer(31, "0x1F")),
        ("0o17", .integer(15, "0o17")),
        ("99999999999999999999", .integer(nil, "99999999999999999999")),
        ("1.5", .float("1.5")), (".5", .float(".5")), ("1.", .float("1.")), ("1e3", .float("1e3")),
        ("-2.5E-3", .float("-2.5E-3")),
        (".inf", .float(".inf")), (".NaN", .float(".NaN")), (".", .string(".")),
        ("true", .boolean(true, "true")), ("FALSE", .boolean(false, "FALSE")),
        ("", .null), ("~", .null), ("null", .null),
    ])
    func plainScalars(text: String, kind: ScalarKind) {
        #expect(ScalarKind(Self.scalar(text, .plain)) == kind)
    }

    @Test func quotedScalarsAreAlwaysText() {
        #expect(ScalarKind(Self.scalar("42", .doubleQuoted)) == .string("42"))
        #expect(ScalarKind(Self.scalar("true", .singleQuoted)) == .string("true"))
    }
}
