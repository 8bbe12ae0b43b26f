import Testing

@Suite struct EndToEndTestsSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
