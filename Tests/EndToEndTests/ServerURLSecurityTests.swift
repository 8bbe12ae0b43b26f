import Foundation
import Testing

/// Issue 15, defect 7 and the plain-http risk, through the binary: URL credentials are used
/// like curl uses them and never printed.
@Suite(.serialized) struct ServerURLSecurityTests {
    @Test func urlCredentialsAuthenticateAndNeverAppear() async throws {
        let fixture = try await SimulatorFixture.start(.handMade)
        defer { Task { await fixture.stop() } }
        let port = try #require(URL(string: fixture.url)?.port)

        let good = try await BinaryRunner.runAsync(
            ["plan", Paths.multiProject, "--server", "http://admin:admin@127.0.0.1:\(port)", "--no-color"],
            in: Paths.root)
        #expect(good.exitCode == 0, "\(good.stderr)")

        let bad = try await BinaryRunner.runAsync(
            [
                "plan", Paths.multiProject, "--server", "http://admin:s3cr3t-pw@127.0.0.1:\(port)", "--no-color",
                "--verbose",
            ],
            in: Paths.root)
        #expect(bad.exitCode == 1)
        #expect(bad.stderr.contains("http://127.0.0.1:\(port) rejected the credentials (401)"), "\(bad.stderr)")
        #expect(!(bad.stdout + bad.stderr).contains("s3cr3t"))
    }

    @Test(arguments: [
        "http://admin:s3cr3t-pw@127.0.0.1:9", "htp://admin:s3cr3t-pw@127.0.0.1:9", "https://admin:s3cr3t-pw@",
        "http://admin:s3cr3t-pw@jira.example.invalid",
    ])
    func failuresNeverRepeatThePassword(server: String) async throws {
        let result = try await BinaryRunner.runAsync(
            ["plan", Paths.multiProject, "--server", server, "--no-color"], in: Paths.root)
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("s3cr3t"), "\(result.stderr)")
    }

    @Test func credentialsOverPlainHTTPToAnotherMachineAreRefused() async throws {
        let result = try await BinaryRunner.runAsync(
            ["plan", Paths.multiProject, "--server", "http://jira.example.invalid"], in: Paths.root,
            environment: ["ZEPHYR_TOKEN": "t0ken"])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr.contains("it is plain http, so the credentials would cross the network unencrypted"),
            "\(result.stderr)")
    }

    @Test func insecureSaysWhatItTurnsOff() async throws {
        let result = try await BinaryRunner.runAsync(
            ["plan", Paths.multiProject, "--server", "https://127.0.0.1:9", "--insecure"], in: Paths.root,
            environment: ["ZEPHYR_TOKEN": "t0ken"])
        #expect(
            result.stderr.hasPrefix("warning: --insecure: the server's TLS certificate is not verified"),
            "\(result.stderr)")
    }
}
