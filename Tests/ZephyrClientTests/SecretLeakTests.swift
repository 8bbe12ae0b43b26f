import AsyncHTTPClient
import Foundation
import Testing
import ZephyrTransport

@testable import ZephyrClient

/// Issue 15, defect 2: a credential holding a line break must never be printed, neither in an
/// error message nor in the `--verbose` trace.
@Suite struct SecretLeakTests {
    private func credentials(_ environment: [String: String]) -> Result<Credentials, ZephyrError> {
        Result { () throws(ZephyrError) in try ZephyrClient.credentials(from: environment, authMode: nil) }
    }

    @Test func lineBreaksAroundASecretAreTrimmed() {
        #expect(credentials(["ZEPHYR_TOKEN": "s3cr3t-token\n"]) == .success(.bearer(token: "s3cr3t-token")))
        #expect(credentials(["ZEPHYR_TOKEN": "\r\ns3cr3t-token\r\n"]) == .success(.bearer(token: "s3cr3t-token")))
        #expect(
            credentials(["ZEPHYR_USER": "admin\n", "ZEPHYR_PASSWORD": "hunter2\r\n"])
                == .success(.basic(user: "admin", password: "hunter2")))
        #expect(credentials(["ZEPHYR_TOKEN": "\n"]) == .success(.none))
    }

    @Test(arguments: ["s3cr3t\ntoken", "s3cr3t\rX-Injected: 1", "s3cr3t\u{1B}[2J", "s3cr3t\u{7F}"])
    func aControlCharacterInsideASecretIsRefusedWithoutRepeatingIt(token: String) throws {
        let result = credentials(["ZEPHYR_TOKEN": token])
        guard case .failure(let error) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        let message = try #require(error.errorDescription)
        #expect(message.contains("ZEPHYR_TOKEN contains a control character"))
        #expect(!message.contains("s3cr3t"))
    }

    /// The library's invalid-header error carries the header values; it must be summarised.
    @Test func headerErrorsAreNeverStringified() {
        let error = HTTPClientError.invalidHeaderFieldValues(["Bearer s3cr3t\nX"])
        guard case .other(let message) = TransportErrorClassifier.classify(error, host: "jira.example.com") else {
            Issue.record("expected .other")
            return
        }
        #expect(!message.contains("s3cr3t"))
        #expect(message.contains("a request header holds a character HTTP does not allow"))
    }

    @Test func unknownErrorsAreNotStringifiedEither() {
        struct LeakyError: Error, CustomStringConvertible { var description: String { "Authorization: Bearer s3cr3t" } }
        #expect(
            TransportErrorClassifier.classify(LeakyError(), host: "h")
                == .other(TransportErrorClassifier.unexpectedFailure))
        let mapped = ResponseErrorMapper(server: "https://jira.example.com")
            .error(for: LeakyError(), of: Endpoint("GET", "/x", operation: "read x", repeating: .idempotent))
        #expect(!(mapped.errorDescription ?? "").contains("s3cr3t"))
    }

    /// The whole path as before the fix: a token with a newline given straight to the client
    /// over the real transport (the server never sees the request: the library refuses it).
    @Test func aTokenWithANewlineReachesNeitherTheMessageNorTheTrace() async throws {
        let transport = try AsyncHTTPTransport(
            baseURL: "http://127.0.0.1:9", connectTimeout: .seconds(2), requestTimeout: .seconds(5))
        let lines = Recorder<String>()
        let client = ZephyrClient(
            transport: transport,
            configuration: ClientConfiguration(
                serverDescription: "http://127.0.0.1:9", credentials: .bearer(token: "s3cr3t-token\n"), maxRetries: 0,
                verbose: true),
            sleep: { _ in }, trace: { lines.append($0) })
        let error = await capture { _ = try await client.projects() }
        await transport.shutdown()
        let message = try #require(error?.errorDescription)
        #expect(!message.contains("s3cr3t"))
        #expect(!lines.all.isEmpty)
        for line in lines.all { #expect(!line.contains("s3cr3t"), "trace line: \(line)") }
    }
}
