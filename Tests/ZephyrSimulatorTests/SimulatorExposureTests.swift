import Testing
import ZephyrSimulator

/// Issue 15: `simulator --host 0.0.0.0` exposed the well-known default logins without a word.
@Suite struct SimulatorExposureTests {
    @Test(arguments: ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
    func loopbackIsQuiet(host: String) {
        #expect(SimulatorExposure.warning(forHost: host) == nil)
    }

    @Test(arguments: ["0.0.0.0", "::", "192.0.2.10", "jira-sim.example.com"])
    func anyOtherAddressWarnsAboutTheDefaultLogins(host: String) throws {
        let warning = try #require(SimulatorExposure.warning(forHost: host))
        #expect(warning.hasPrefix("warning: the simulator listens on \(host), reachable from other machines"))
        #expect(warning.contains("admin/admin"))
    }
}
