import Testing

@testable import FieldSpec

/// The pre-parse pass that refuses anchors and aliases must not trip over ordinary text.
@Suite struct AnchorScannerTests {
    @Test(arguments: [
        "- R&D\n- Won't fix\n- 5 * 3\n",
        "description: \"*bold* & &amp\"\n",
        "description: '*it''s* &x'\n",
        "description: |\n  *not an alias\n  - &nor an anchor\nname: x\n",
        "# &comment *here\nname: a*b # *x\n",
        "options: [a&b, \"*c\", 'd*']\n",
        "description: \"multi\n  line *quoted\"\n",
    ])
    func ordinaryTextHasNoAnchors(text: String) {
        #expect(EventComposer.anchor(in: text) == nil)
    }

    @Test(arguments: [
        ("a: &x 1\n", 1, 4, "&"),
        ("a: *x\n", 1, 4, "*"),
        ("- *x\n", 1, 3, "*"),
        ("list: [a, *x]\n", 1, 11, "*"),
        ("map: {k: *x}\n", 1, 10, "*"),
        ("? *x\n: v\n", 1, 3, "*"),
        ("*x : v\n", 1, 1, "*"),
        ("a: |\n  text\nb: *x\n", 3, 4, "*"),
        ("<<: *base\n", 1, 5, "*"),
    ])
    func anchorsAndAliasesAreFound(text: String, line: Int, column: Int, indicator: Character) {
        #expect(
            EventComposer.anchor(in: text) == EventComposer.AnchorHit(line: line, column: column, indicator: indicator))
    }
}

extension EventComposer {
    /// The anchor or alias `compose` refuses the text for, if any.
    static func anchor(in text: String) -> AnchorHit? {
        if case .anchor(let hit) = compose(text) { return hit }
        return nil
    }
}
