import FieldSpec
import Foundation
import Testing
import ZephyrDomain
import ZephyrSimulator

@testable import Reconciler

/// Plans of the shipped examples, in every format, against an empty server and against one that
/// differs in every way (the convergence suite's starting state). Refactors must keep these
/// byte-identical; re-record with `RECORD_GOLDEN=1 swift test --filter ExamplePlanGoldenTests`
/// only for an intended change, and review the diff.
@Suite struct ExamplePlanGoldenTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")

    static let cases: [(golden: String, example: String, drifted: Bool, format: OutputFormat)] = [
        ("examples-empty.txt", "multi-project", false, .text),
        ("examples-empty.json", "multi-project", false, .json),
        ("examples-empty.md", "multi-project", false, .markdown),
        ("examples-drifted.txt", "multi-project", true, .text),
        ("examples-drifted.json", "multi-project", true, .json),
        ("examples-drifted.md", "multi-project", true, .markdown),
        ("examples-minimal.txt", "minimal", false, .text),
    ]

    @Test(arguments: cases.indices)
    func planMatchesGolden(index: Int) async throws {
        let (golden, example, drifted, format) = Self.cases[index]
        let spec = try SpecLoader().load(paths: [Self.examples.appendingPathComponent(example).path])
        let state =
            drifted
            ? ConvergenceTests.startingState().0
            : SimulatorState.seeded(projectCount: SimulatorState.defaultProjectCount)
        let harness = try await SimulatorHarness.start(state: state, http: false)
        let result = try await harness.plan(spec, options: PlanOptions())
        await harness.stop()
        try Golden.check(format.renderer(color: false).render(result.plan, kind: .plan), golden)
    }
}
