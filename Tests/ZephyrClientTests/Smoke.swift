import Testing

@Suite struct ZephyrClientTestsSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
