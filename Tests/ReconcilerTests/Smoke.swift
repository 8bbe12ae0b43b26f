import Testing

@Suite struct ReconcilerTestsSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
