import Foundation
import Testing
import ZephyrSimulator

/// Without `--auto-approve`, apply shows the plan, asks on the terminal and acts only on
/// `yes`, as Terraform does; anything else changes nothing and exits 1.
@Suite struct ApprovalPromptTests {
    @Test(.enabled(if: TerminalRunner.isAvailable, "needs a pseudo-terminal"))
    func onlyYesApplies() async throws {
        let fixture = try await SimulatorFixture.start()
        defer { Task { await fixture.stop() } }
        let arguments = ["apply", Paths.multiProject, "--server", fixture.url, "--no-color"]

        let refused = try await TerminalRunner.run(arguments, environment: SimulatorFixture.admin, answer: "y\n")
        #expect(refused.exitCode == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stdout.contains("zephyr-fields will perform the following actions:"))
        #expect(refused.stderr.contains("Apply cancelled: nothing was changed."))
        #expect(await fixture.simulator.mutatingRequestCount() == 0)

        // A reviewer takes a while: the pooled connections sit idle meanwhile.
        let approved = try await TerminalRunner.run(
            arguments, environment: SimulatorFixture.admin, answer: "yes\n", pause: .seconds(2))
        #expect(approved.exitCode == 0, "\(approved.stdout)\(approved.stderr)")
        #expect(approved.stdout.contains("Apply complete: "), "\(approved.stdout)")
        let state = await fixture.simulator.snapshot()
        #expect(state.fields.contains { $0.name == "Browser" })
    }
}
