import FieldSpec
import Foundation
import Testing

/// Every example directory loads, and loads to exactly the spec its golden file shows.
/// Re-record with `RECORD_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ["minimal", "multi-project", "enterprise"])
    func exampleMatchesItsGoldenDump(example: String) throws {
        let directory = Self.repository.appendingPathComponent("examples/\(example)").path
        let spec = try SpecLoader().load(paths: [directory])
        let dump = SpecDump.dump(spec, root: Self.repository.path + "/")
        let name = "\(example).spec.txt"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            let source = Self.repository.appendingPathComponent("Tests/FieldSpecTests/Fixtures/\(name)")
            try dump.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let golden = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "no golden file \(name); record it with RECORD_GOLDEN=1")
        #expect(dump == (try String(contentsOf: golden, encoding: .utf8)))
    }
}
