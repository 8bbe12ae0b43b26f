import FieldSpec
import Foundation
import Testing

/// Files that are not field specs at all: each gives one clear, located error, fast.
@Suite struct BadInputTests {
    private func diagnostics(_ paths: [String], maxFileSize: Int = SpecLoader.defaultMaxFileSize) -> [String] {
        do {
            _ = try SpecLoader(maxFileSize: maxFileSize).load(paths: paths)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test(arguments: [
        (
            "project: WEB\nfields:\n\t- name: Browser\n",
            "bad.yaml:3:1: error: invalid YAML: found character that cannot start any token while scanning for the next token; indent with spaces, YAML does not allow tabs there"
        ),
        (
            "project: WEB\nfields:\n  - name: \"Browser\n    entity: EXECUTION\n",
            "bad.yaml:5:1: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar that starts at line 3, column 11"
        ),
        (
            "project: WEB\n  fields: []\n",
            "bad.yaml:2:9: error: invalid YAML: mapping values are not allowed in this context"
        ),
        (
            "project: WEB\n---\nproject: API\n",
            "bad.yaml:2:1: error: a file holds one YAML document; remove this '---' and what follows, or move it to its own file"
        ),
    ])
    func malformedYAMLReportsLibyamlsPosition(yaml: String, expected: String) {
        #expect(Loading.diagnostics(["bad.yaml": yaml]) == [expected])
    }

    @Test(arguments: ["", "\n  \n", "# only a comment\n"])
    func anEmptyFileIsAnError(text: String) {
        let diagnostics = Loading.diagnostics(["empty.yaml": text])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("empty.yaml:1:1: error: file is empty") == true)
    }

    @Test func aBinaryFileIsNotText() throws {
        let directory = try TemporaryDirectory()
        let nul = try directory.write("nul.yaml", Data("project: WEB\nfields: [\u{0}]\n".utf8))
        let latin1 = try directory.write("latin1.yaml", Data([0x70, 0x3A, 0x0A, 0x61, 0xE9, 0x0A]))
        #expect(
            diagnostics([nul, latin1])
                == [
                    "\(latin1):2:2: error: is not a text file: it is not valid UTF-8",
                    "\(nul):2:10: error: is not a text file: it contains a NUL byte",
                ].sorted())
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("web.yaml", Data([0xEF, 0xBB, 0xBF]) + Data("project: WEB\n".utf8))
        #expect(try SpecLoader().load(paths: [path]).projects.first?.location.column == 10)
    }

    @Test func aHugeFileIsRefusedBeforeParsing() throws {
        let directory = try TemporaryDirectory()
        let line = Data("# padding padding padding padding padding padding padding padding\n".utf8)
        var big = Data(capacity: 50 << 20)
        while big.count < 50 << 20 { big.append(line) }
        let path = try directory.write("big.yaml", big)
        let started = ContinuousClock.now
        #expect(
            diagnostics([path]) == [
                "\(path):1:1: error: file is larger than the 1024 KiB limit (\(big.count) bytes or more); a field spec is a few KiB"
            ])
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func aFileJustUnderTheLimitFullOfErrorsStaysFast() {
        var yaml = "project: WEB\nfields:\n"
        var index = 0
        while yaml.utf8.count < 1_000_000 {
            yaml += "  - {name: F\(index), entity: EXECUTION, type: SINGLE_SELECT, options: [a, b, a]}\n"
            index += 1
        }
        let started = ContinuousClock.now
        #expect(Loading.diagnostics(["big.yaml": yaml]).count == index + 1)  // each repeat, plus the limit
        #expect(ContinuousClock.now - started < .seconds(15))
    }

    @Test func theSizeLimitIsConfigurable() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("web.yaml", "project: WEB\n")
        #expect(diagnostics([path], maxFileSize: 4).first?.contains("larger than the 0 KiB limit") == true)
        #expect(diagnostics([path], maxFileSize: 13) == [])
    }

    @Test func aliasBombIsRefusedFast() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(previous)]\n"
        }
        yaml += "? *a9\n: boom\n"
        let started = ContinuousClock.now
        #expect(
            Loading.diagnostics(["bomb.yaml": yaml]) == [
                "bomb.yaml:1:5: error: YAML anchors (&name) are not supported; write the value out in full (quote text that starts with &)"
            ])
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test func anAliasWithoutAnchorIsRefusedToo() {
        #expect(
            Loading.diagnostics(["web.yaml": "project: *key\n"]) == [
                "web.yaml:1:10: error: YAML aliases (*name) are not supported; write the value out in full (quote text that starts with *)"
            ])
    }

    @Test func deepNestingStopsAtLibyamlsLimit() {
        let yaml = "project: WEB\nfields: " + String(repeating: "[", count: 100_000) + "\n"
        let diagnostics = Loading.diagnostics(["deep.yaml": yaml])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.contains("Maximum nesting level reached") == true)
    }

    @Test func aMissingPathAndAnEmptyDirectoryAreErrors() throws {
        let directory = try TemporaryDirectory()
        try directory.write("notes/readme.txt", "not yaml")
        let missing = directory.path + "/nope"
        #expect(
            diagnostics([missing, directory.path + "/notes"]) == [
                "error: directory '\(directory.path)/notes' contains no .yaml or .yml files",
                "error: path '\(missing)' does not exist",
            ])
    }

    @Test func aFIFOIsNotReadAndDoesNotHang() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/pipe.yaml"
        try #require(mkfifo(path, 0o600) == 0)
        #expect(diagnostics([path]) == ["\(path):1:1: error: is not a regular file"])
    }

    @Test func oneBrokenFileDoesNotHideTheOthersProblems() throws {
        let directory = try TemporaryDirectory()
        let broken = try directory.write("a.yaml", "project: [\n")
        let invalid = try directory.write("b.yaml", "project: WEB\nprune: true\n")
        let result = diagnostics([directory.path])
        #expect(result.count == 2)
        #expect(result.first?.hasPrefix("\(broken):2:1: error: invalid YAML") == true)
        #expect(result.last?.hasPrefix("\(invalid):2:1: error: unknown key 'prune'") == true)
    }
}
