import Foundation
import Testing
import Yams

@testable import FieldSpec

/// The tree composed from libyaml's events is the tree Yams composes (text, styles, tags and
/// every position), and whatever the events do not decide alone goes to Yams.
@Suite struct EventComposerTests {
    /// Yams' tree for `text`, read as the loader used to read every file.
    static func yamsTree(_ text: String) throws -> YAMLNode? {
        try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot().map { normalized(YAMLNode($0)) }
    }

    /// The tree with YAML's string tag written as no tag, which `ScalarKind` reads alike: Yams
    /// resolves the tags of mapping keys to it while hashing them for its duplicate check.
    static func normalized(_ node: YAMLNode) -> YAMLNode {
        switch node {
        case .scalar(let scalar):
            let tag = scalar.tag == "tag:yaml.org,2002:str" ? "" : scalar.tag
            return .scalar(.init(string: scalar.string, tag: tag, style: scalar.style, mark: scalar.mark))
        case .mapping(let pairs, let mark):
            return .mapping(pairs.map { (normalized($0.key), normalized($0.value)) }, mark)
        case .sequence(let items, let mark):
            return .sequence(items.map(normalized), mark)
        case .alias:
            return node
        }
    }

    static let shapes = [
        "project: WEB\nfields:\n  - name: Browser\n    entity: EXECUTION\n",
        "fields:\n- name: Build\n  type: SINGLE_SELECT\n  options: [Chrome, \"Fire fox\", 'Safari']\n",
        "fields: [{name: a, entity: EXECUTION}, {name: b, entity: TESTSTEP, type: TEXT}]\n",
        "description: |\n  line one\n  line two\nother: >\n  folded\n  text\n",
        "a: !!str 42\nb: !custom x\nc: ! y\nd: \"q\"\ne: 'q'\nf: ~\ng:\nh: null\n",
        "# comment\n---\nname: x # trailing\n...\n",
        "name: Größe ✓\nnext: [é, \"ü\"]\nlast: {k: v}\n",
        "list:\n- - nested\n  - deeper: [1, [2, [3]]]\n- {}\n- []\n",
        "? complex key\n: value\nplain: multi\n  line\n",
        "x: 1\ny: 0x1F\nz: 1.5e3\nw: yes\nv: true\n",
        "",
        "- only\n- a\n- list\n",
        "just text\n",
        "key: \"escaped \\\" quote \\u00e9\"\n",
    ]

    @Test(arguments: shapes)
    func treeMatchesYams(text: String) throws {
        let expected = try Self.yamsTree(text)
        switch EventComposer.compose(text) {
        case .document(let tree): #expect(Self.normalized(tree) == expected)
        case .noDocument: #expect(expected == nil)
        case let other: Issue.record("expected a tree, got \(other)")
        }
    }

    @Test func everyExampleFileComposesAsYamsDoes() throws {
        let examples = GoldenTests.repository.appendingPathComponent("examples")
        let files = try #require(FileManager.default.enumerator(atPath: examples.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        #expect(files.count >= 8)
        for file in files {
            let text = try String(contentsOf: examples.appendingPathComponent(file), encoding: .utf8)
            guard case .document(let tree) = EventComposer.compose(text) else {
                Issue.record("\(file) was not composed from events")
                continue
            }
            #expect(Self.normalized(tree) == (try Self.yamsTree(text)), "\(file)")
        }
    }

    @Test func positionsAreOneBasedAndCountCharacters() throws {
        guard case .document(.mapping(let pairs, let mark)) = EventComposer.compose("é: [x, ü]\n  # c\nb: 'y'\n") else {
            Issue.record("not a mapping")
            return
        }
        #expect(mark == .init(line: 1, column: 1))
        #expect(pairs.map(\.value.mark) == [.init(line: 1, column: 4), .init(line: 3, column: 4)])
        guard case .sequence(let items, _) = pairs[0].value else {
            Issue.record("not a list")
            return
        }
        #expect(items.map(\.mark) == [.init(line: 1, column: 5), .init(line: 1, column: 8)])
    }

    @Test(arguments: [
        "a: 1\na: 2\n",  // a duplicate key: Yams words the error
        "{a: 1, b: 2, a: 3}\n",
        "a: 1\n\"a\": 2\n",  // same text, other style: Yams decides by tag
        "? [k]\n: v\n",  // a key that is not text
        "a: 1\n---\nb: 2\n",  // a second document
        "a: [1, 2\n",  // a parse error
        "a: b: c\n",
    ])
    func whatTheEventsDoNotDecideGoesToYams(text: String) {
        guard case .askYams = EventComposer.compose(text) else {
            Issue.record("composed \(text.debugDescription) without Yams")
            return
        }
    }

    /// Keys of more than 16 entries are checked with a set: both ways find a repeat.
    @Test func longMappingsAreCheckedForRepeatsToo() {
        let keys = (0..<20).map { "k\($0): v\n" }.joined()
        guard case .document = EventComposer.compose(keys) else {
            Issue.record("not composed")
            return
        }
        guard case .askYams = EventComposer.compose(keys + "k7: again\n") else {
            Issue.record("a repeat in a long mapping was missed")
            return
        }
    }

    @Test func commentsOnlyIsNoDocument() {
        guard case .noDocument = EventComposer.compose("# nothing here\n  # still nothing\n") else {
            Issue.record("expected no document")
            return
        }
    }

    /// An anchor is refused even after something Yams would have reported: a separate pass
    /// used to look for anchors before Yams ran, and an alias bomb must never reach Yams.
    @Test func anchorsAreFoundPastADuplicateKeyAndASecondDocument() {
        #expect(EventComposer.anchor(in: "a: 1\na: 2\nb: &x 3\n") == .init(line: 3, column: 4, indicator: "&"))
        #expect(EventComposer.anchor(in: "a: 1\n---\nb: *x\n") == .init(line: 3, column: 4, indicator: "*"))
    }

    /// Keys Yams does not call repeated (a tag makes them differ) come back as Yams' tree, with
    /// its positions, and are judged like any other key.
    @Test func aTreeFromYamsIsReadLikeAnyOther() {
        #expect(
            Loading.diagnostics(["a.yaml": "project: WEB\n!!int 1: a\n1: b\n"]) == [
                "a.yaml:2:1: error: keys must be text; found a value tagged tag:yaml.org,2002:int (YAML tags are not supported)",
                "a.yaml:3:1: error: keys must be text; found a number (1)",
            ])
        #expect(
            Loading.diagnostics(["b.yaml": "project: WEB\n? [k]\n: v\n"]) == [
                "b.yaml:2:3: error: keys must be text; found a list"
            ])
    }
}
