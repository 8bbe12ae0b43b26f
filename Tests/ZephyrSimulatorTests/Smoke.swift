import Testing

@Suite struct ZephyrSimulatorTestsSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
