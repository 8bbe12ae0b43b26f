import Foundation
import Testing
import ZephyrDomain
import ZephyrTransport

@testable import ZephyrClient

/// Status codes and bodies become errors that name the operation and what to do.
@Suite struct ErrorMappingTests {
    /// Sends `removeOption` (never retried into success) against one canned answer.
    private func error(_ status: Int, _ json: String = "{}", headers: [String: String] = [:]) async -> ZephyrError? {
        let harness = Harness(FakeTransport(status: status, json: json, headers: headers), maxRetries: 0)
        return await capture { try await harness.client.renameOption(id: "9", to: "new") }
    }

    @Test func badRequestCarriesTheServerText() async {
        let error = await error(400, #"{"error":"Option value cannot be blank"}"#)
        #expect(error == .badRequest(operation: #"rename option 9 to "new""#, message: "Option value cannot be blank"))
        #expect(
            error?.errorDescription
                == #"rename option 9 to "new" was refused by the server: Option value cannot be blank"#)
    }

    @Test(arguments: ["Custom field Option not found", "Option with id 9 DOES NOT EXIST"])
    func notFoundIsA400(_ text: String) async {
        #expect(
            await error(400, #"{"error":"\#(text)"}"#)
                == .notFound(operation: #"rename option 9 to "new""#, message: text))
    }

    @Test func enterpriseAndJiraErrorBodies() async {
        #expect(
            await error(400, #"{"errorMsg":"name cannot be null.","errorCode":"141z05"}"#)
                == .badRequest(operation: #"rename option 9 to "new""#, message: "name cannot be null.; (code 141z05)"))
        #expect(
            await error(400, #"{"errorMessages":["Bad one","Bad two"],"errors":{}}"#)
                == .badRequest(operation: #"rename option 9 to "new""#, message: "Bad one; Bad two"))
        #expect(
            await error(400, "") == .badRequest(operation: #"rename option 9 to "new""#, message: "400 Bad Request"))
    }

    @Test func unauthorized() async {
        let error = await error(401)
        #expect(error == .unauthorized(server: "https://jira.example.com"))
        #expect(error?.errorDescription?.contains("ZEPHYR_TOKEN") == true)
    }

    @Test func forbiddenNamesThePermission() async throws {
        let admin = await error(403)
        #expect(admin == .forbidden(operation: #"rename option 9 to "new""#, permission: "Jira administrator rights"))
        #expect(
            admin?.errorDescription
                == #"rename option 9 to "new" was forbidden (403); the user needs Jira administrator rights."#)

        let harness = Harness(FakeTransport(status: 403))
        let enable = await capture { try await harness.client.setEnabled(true, fieldId: 12, projectId: "10000") }
        #expect(
            enable
                == .forbidden(
                    operation: "enable field 12 in project 10000",
                    permission: "project administrator rights on project 10000"))
        let create = await capture {
            _ = try await harness.client.createField(
                NewField(name: "Browser", description: nil, type: .text, entity: .execution, options: []))
        }
        #expect(
            create == .forbidden(operation: "create field EXECUTION/Browser", permission: "Jira administrator rights"))
    }

    @Test func notFoundStatusMeansAWrongBaseURL() async {
        let error = await capture {
            _ = try await Harness(FakeTransport(status: 404)).client.fields(entity: .execution)
        }
        #expect(error == .wrongBaseURL(url: "https://jira.example.com/rest/zapi/latest/customfield/entity"))
        #expect(error?.errorDescription?.contains("--server") == true)
    }

    @Test func otherStatuses() async {
        #expect(await error(405) == .methodNotAllowed(operation: #"rename option 9 to "new""#))
        #expect(
            await error(429, headers: ["Retry-After": "7"])
                == .rateLimited(operation: #"rename option 9 to "new""#, retryAfterSeconds: 7))
        #expect(await error(429) == .rateLimited(operation: #"rename option 9 to "new""#, retryAfterSeconds: nil))
        #expect(
            await error(500, #"{"error":"NullPointerException"}"#)
                == .serverError(operation: #"rename option 9 to "new""#, status: 500, message: "NullPointerException"))
        #expect(
            await error(503, "Service Unavailable")
                == .serverError(operation: #"rename option 9 to "new""#, status: 503, message: "Service Unavailable"))
        #expect(
            await error(503, "Service Unavailable", headers: ["Retry-After": "7"])
                == .serverError(
                    operation: #"rename option 9 to "new""#, status: 503, message: "Service Unavailable",
                    retryAfterSeconds: 7))
        #expect(
            await error(302, headers: ["Location": "https://sso.example.com/login"])
                == .invalidResponse(
                    operation: #"rename option 9 to "new""#,
                    message:
                        "the server redirected (302) to https://sso.example.com/login; check that --server is the Jira base URL"
                ))
    }

    @Test(arguments: [
        (
            TransportError.timeout,
            ZephyrError.timeout(operation: "list Jira projects", server: "https://jira.example.com", seconds: 20)
        ),
        (.connectionClosed, .connectionDropped(operation: "list Jira projects")),
        (.connectionRefused, .connectionRefused(server: "https://jira.example.com")),
        (.dnsFailure(host: "jira.example.com"), .dnsFailure(host: "jira.example.com")),
        (.tls("certificate expired"), .tlsFailure(server: "https://jira.example.com", message: "certificate expired")),
        (.other("boom"), .transportFailure(operation: "list Jira projects", message: "boom")),
    ])
    func transportFailures(_ failure: TransportError, _ expected: ZephyrError) async {
        let harness = Harness(FakeTransport { _, _ in throw failure }, maxRetries: 0)
        #expect(await capture { _ = try await harness.client.projects() } == expected)
    }

    @Test func ambiguity() {
        #expect(ZephyrError.timeout(operation: "x", server: "https://jira.example.com", seconds: 20).isAmbiguous)
        #expect(ZephyrError.connectionDropped(operation: "x").isAmbiguous)
        #expect(!ZephyrError.connectionRefused(server: "x").isAmbiguous)
        #expect(!ZephyrError.badRequest(operation: "x", message: "y").isAmbiguous)
    }
}
