import Foundation
import Testing

@testable import FieldSpec

/// Issue 15, defect 4: anchors and aliases are found from the parser's events, so flow style
/// (`{"name":&n "Browser"}`, `{"k":*n}`) no longer slips past the ban.
@Suite struct AnchorEventTests {
    @Test(arguments: [
        (#"{"name":&n "Browser"}"#, 1, 9, "&"),
        (#"{"a": "x", "b":*n}"#, 1, 16, "*"),
        (#"{"fields":[{"name":"a"},*n]}"#, 1, 25, "*"),
        ("fields: [{name: x}]\nsettings: {\"prune\":&p true}\n", 2, 20, "&"),
        ("fields:\n- !!map &m {name: x}\n", 2, 3, "&"),  // a tagged node starts at its tag
    ])
    func flowStyleAnchorsAndAliasesAreFound(text: String, line: Int, column: Int, indicator: Character) {
        #expect(
            EventComposer.anchor(in: text) == EventComposer.AnchorHit(line: line, column: column, indicator: indicator))
    }

    /// About 1.4 KB whose last key doubles per level: Yams hashes mapping keys recursively to
    /// find duplicates, so composing it took minutes before (2^40 visits), all in flow style.
    static func aliasBomb(levels: Int) -> String {
        var text = #"{"project":"WEB","l0":&l0 {"a":"x","b":"x"}"#
        for level in 1...levels {
            text += #","l\#(level)":&l\#(level) {"a":*l\#(level - 1),"b":*l\#(level - 1)}"#
        }
        return text + #",{"k":*l\#(levels)}:"v"}"# + "\n"
    }

    @Test(.timeLimit(.minutes(1)))
    func aFlowStyleAliasBombIsRejectedQuickly() {
        let bomb = Self.aliasBomb(levels: 40)
        #expect(bomb.utf8.count < 1600)
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = Loading.diagnostics(["bomb.yaml": bomb])
        let elapsed = clock.now - start
        #expect(
            diagnostics == [
                "bomb.yaml:1:23: error: YAML anchors (&name) are not supported; write the value out in full (quote text that starts with &)"
            ])
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
}
