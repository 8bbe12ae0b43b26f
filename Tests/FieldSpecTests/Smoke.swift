import Testing

@Suite struct FieldSpecTestsSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
