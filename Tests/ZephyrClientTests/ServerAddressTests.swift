import Testing
import ZephyrTransport

@testable import ZephyrClient

/// Issue 15, defect 7: `https://user:pass@host` was printed in messages and silently not used.
@Suite struct ServerAddressTests {
    @Test func urlCredentialsAreTakenOutAndUsedLikeCurl() throws {
        let address = try ServerAddress(parsing: "https://bob:p%40ss%3Aword@jira.example.com/jira")
        #expect(address.baseURL == "https://jira.example.com/jira")
        #expect(address.display == "https://jira.example.com/jira")
        #expect(try address.credentials(from: [:], authMode: nil) == .basic(user: "bob", password: "p@ss:word"))
        #expect(try address.credentials(from: [:], authMode: .basic) == .basic(user: "bob", password: "p@ss:word"))
        #expect(try address.credentials(from: [:], authMode: .cookie) == .cookie(user: "bob", password: "p@ss:word"))
    }

    @Test func theEnvironmentWinsAsCurlsDashUDoes() throws {
        let address = try ServerAddress(parsing: "https://bob:secret@jira.example.com")
        #expect(try address.credentials(from: ["ZEPHYR_TOKEN": "t"], authMode: nil) == .bearer(token: "t"))
        #expect(
            try address.credentials(from: ["ZEPHYR_USER": "u", "ZEPHYR_PASSWORD": "p"], authMode: nil)
                == .basic(user: "u", password: "p"))
        #expect(throws: ZephyrError.invalidCredentials(message: "--auth bearer needs ZEPHYR_TOKEN")) {
            try address.credentials(from: [:], authMode: .bearer)
        }
    }

    @Test func aURLWithoutCredentialsIsUnchanged() throws {
        let address = try ServerAddress(parsing: "http://127.0.0.1:8089/")
        #expect(address.baseURL == "http://127.0.0.1:8089/")
        #expect(try address.credentials(from: [:], authMode: nil) == .none)
    }

    @Test(arguments: [
        "htp://bob:s3cr3t-pw@jira.example.com", "https://bob:s3cr3t-pw@", "https://bob:s3cr3t-pw@jira.example.com?x=1",
        "bob:s3cr3t-pw@jira.example.com", "https://bob:s3cr3t-pw%zz@jira.example.com",
        "https://bob:s3cr3t-pw%0A@jira.example.com",
        "https://bob:s3cr3t-pw@jira example.com",
    ])
    func aRefusedURLIsNeverRepeatedWithItsPassword(text: String) {
        do {
            _ = try ServerAddress(parsing: text)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(!(error.errorDescription ?? "").contains("s3cr3t"), "\(error.errorDescription ?? "")")
        }
    }

    @Test func messagesNameTheServerWithoutItsPassword() throws {
        let address = try ServerAddress(parsing: "https://bob:s3cr3t-pw@jira.example.com")
        let mapper = ResponseErrorMapper(server: address.display)
        let endpoint = Endpoint("GET", "/rest/api/2/project", operation: "list Jira projects", repeating: .idempotent)
        let messages = [
            mapper.error(for: TransportResponse(status: 401), of: endpoint),
            mapper.error(for: TransportResponse(status: 404), of: endpoint),
            mapper.error(for: TransportError.connectionRefused, of: endpoint),
            mapper.error(for: TransportError.tls("certificate verify failed"), of: endpoint),
        ].compactMap(\.errorDescription)
        #expect(messages.count == 4)
        for message in messages { #expect(!message.contains("s3cr3t") && !message.contains("bob"), "\(message)") }
    }

    /// Risk: credentials went over plain http to other machines, and --insecure said nothing.
    @Test func credentialsOverPlainHTTPNeedLoopbackOrInsecure() throws {
        let remote = try ServerAddress(parsing: "http://jira.example.com")
        #expect(throws: ZephyrError.self) {
            try remote.securityWarnings(credentials: .bearer(token: "t"), insecure: false)
        }
        #expect(try remote.securityWarnings(credentials: .none, insecure: false) == [])
        let warnings = try remote.securityWarnings(credentials: .bearer(token: "t"), insecure: true)
        #expect(warnings.first?.hasPrefix("warning: --insecure: the server's TLS certificate is not verified") == true)
        for loopback in ["http://127.0.0.1:8089", "http://localhost:8089", "http://[::1]:8089"] {
            #expect(
                try ServerAddress(parsing: loopback).securityWarnings(credentials: .bearer(token: "t"), insecure: false)
                    == [])
        }
        #expect(
            try ServerAddress(parsing: "https://jira.example.com").securityWarnings(
                credentials: .bearer(token: "t"), insecure: false) == [])
    }
}
