import Foundation
import Testing
import ZephyrSimulator

/// `apply` exits 1 when the server refuses calls, so CI never mistakes a partial apply for a
/// complete one. (Found missing by scripts/mutation-check.)
@Suite struct ApplyExitCodeTests {
    @Test func applyExitsOneWhenTheServerRefusesACall() async throws {
        // The server allows no more fields, though the configuration's limits do: the creates fail.
        let fixture = try await SimulatorFixture.start(
            .handMade,
            options: SimulatorOptions(deleteDelayMilliseconds: 50, fieldLimits: [.execution: 0, .testStep: 0]))
        defer { Task { await fixture.stop() } }
        let apply = try await fixture.run(["apply", Paths.multiProject, "--auto-approve"])
        #expect(apply.exitCode == 1, "\(apply.stdout)\n\(apply.stderr)")
        #expect(apply.stdout.contains("Apply failed: "), "\(apply.stdout)")
    }
}
