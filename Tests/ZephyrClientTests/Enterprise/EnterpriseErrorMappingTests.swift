import Foundation
import Testing
import ZephyrTransport

@testable import ZephyrClient

/// ZE's error answers, each one sentence; Squad's messages stay as they were.
@Suite struct EnterpriseErrorMappingTests {
    static func error(
        _ response: @escaping @Sendable () -> TransportResponse,
        call: (EnterpriseClient) async throws -> Void = { _ = try await $0.projects() }
    ) async -> ZephyrError? {
        let harness = Harness.enterprise(
            FakeTransport { _, _ in response() }, credentials: .basic(user: "admin", password: "s3cret"))
        return await capture { try await call(harness.enterprise) }
    }

    static let projects = "https://jira.example.com/flex/services/rest/v3/project/"

    @Test func errorMsgAndCodeBecomeTheMessage() async {
        let error = await Self.error { reply(400, #"{"errorMsg":"Invalid project id","errorCode":"141z05"}"#) }
        #expect(
            error
                == .badRequest(
                    operation: "list Zephyr Enterprise projects", message: "Invalid project id (code 141z05)"))
        let missing = await Self.error {
            reply(428, #"{"errorMsg":"key is required","errorCode":"Precondition Required"}"#)
        }
        #expect(
            missing?.errorDescription
                == "list Zephyr Enterprise projects was refused by the server: key is required (code Precondition Required)"
        )
    }

    @Test func doubleEncoded401sAndWholeStringBodiesAreUnwrapped() {
        let double = #"{"message":"{\"message\":\"Invalid credentials\",\"code\":401}"}"#
        #expect(EnterpriseErrors.message(in: Data(double.utf8)) == "Invalid credentials")
        let string = #""{\"errorMsg\":\"Session expired\",\"errorCode\":\"101z02\"}""#
        #expect(EnterpriseErrors.message(in: Data(string.utf8)) == "Session expired (code 101z02)")
        #expect(EnterpriseErrors.message(in: Data("plain words".utf8)) == "plain words")
    }

    @Test func a401IsUnauthorizedWhateverItsBody() async {
        let error = await Self.error { reply(401, #"{"message":"{\"message\":\"Invalid credentials\"}"}"#) }
        #expect(error == .unauthorized(server: "https://jira.example.com"))
    }

    @Test(arguments: [200, 404, 302])
    func anHTMLPageMeansTheWebUI(status: Int) async {
        let error = await Self.error {
            reply(status, "  <!DOCTYPE html><html><body>Zephyr</body></html>", headers: ["Content-Type": "text/html"])
        }
        #expect(error == .webUI(url: Self.projects))
        #expect(error?.errorDescription?.contains("not its API; use the server's root URL") == true)
    }

    @Test func statusesWithTheirOwnSentences() async {
        #expect(await Self.error { reply(404, "") } == .enterpriseNotFound(url: Self.projects))
        #expect(
            await Self.error { reply(410, #"{"errorMsg":"API is deprecated"}"#) } == .deprecated(url: Self.projects))
        #expect(
            await Self.error { reply(403, #"{"errorMsg":"no"}"#) }
                == .forbidden(
                    operation: "list Zephyr Enterprise projects", permission: Permission.enterpriseBrowse))
        let unknownId = await Self.error(
            { reply(500, #"{"errorMsg":"NullPointerException"}"#) }, call: { _ = try await $0.field(id: 5) })
        #expect(unknownId == .serverError(operation: "read field 5", status: 500, message: "NullPointerException"))
        for error in [
            ZephyrError.webUI(url: "u"), .deprecated(url: "u"), .enterpriseNotFound(url: "u"),
            .locked(operation: "o", message: "m"),
        ] {
            let text = error.errorDescription ?? ""
            #expect(text.hasSuffix(".") && !text.dropLast().contains(". "), "not one sentence: \(text)")
        }
    }

    /// "... is locked" is transient: reads retry it, writes are sent once and report it.
    @Test func lockedIsRetriedForReadsAndReportedForWrites() async throws {
        let locked = reply(500, #"{"errorMsg":"Field is locked. Please try again later.","errorCode":"122z04"}"#)
        let read = Harness.enterprise(FakeTransport(sequence: [.success(locked), .success(reply(200, "[]"))]))
        #expect(try await read.enterprise.projects() == [])
        #expect(read.sleeps.all.count == 1)
        let write = Harness.enterprise(FakeTransport(sequence: [.success(locked)]))
        let error = await capture {
            _ = try await write.enterprise.createField(
                NewEnterpriseField(entity: .testcase, displayName: "A", fieldTypeMetadata: 1, allProject: true))
        }
        #expect(
            error
                == .locked(
                    operation: "create testcase field \"A\"",
                    message: "Field is locked. Please try again later. (code 122z04)"))
        #expect(error?.isAmbiguous == false)
        #expect(write.transport.requests.count == 1)
    }

    @Test func ambiguousWritesAreNeverRepeated() async {
        for call: @Sendable (EnterpriseClient) async throws -> Void in [
            {
                _ = try await $0.createField(
                    NewEnterpriseField(entity: .testcase, displayName: "A", fieldTypeMetadata: 1, allProject: true))
            },
            { try await $0.replaceOptions(entity: .testcase, fieldName: "zcf_1", options: []) },
        ] {
            let harness = Harness.enterprise(FakeTransport(sequence: [.failure(.timeout), .success(reply(200, "{}"))]))
            let error = await capture { try await call(harness.enterprise) }
            #expect(error?.isAmbiguous == true)
            #expect(harness.transport.requests.count == 1)
        }
    }

    /// The create body carries every documented key.
    @Test func createSendsTheFullBody() async throws {
        let harness = Harness.enterprise(FakeTransport(json: EnterpriseFixtures.browser))
        let created = try await harness.enterprise.createField(
            NewEnterpriseField(
                entity: .testcase, displayName: "Browser", fieldTypeMetadata: 3, allProject: false, projectIds: [4, 1]))
        #expect(created.fieldName == "zcf_1008")
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/flex/services/rest/latest/field")
        #expect(
            request.jsonBody == [
                "entityName": "testcase", "systemField": false, "displayName": "Browser", "description": "",
                "fieldTypeMetadata": 3,
                "mandatory": false, "importable": true, "exportable": true, "searchable": true,
                "searchFieldName": "browser",
                "projectCheck": true, "unique": false, "length": 1024, "allProject": false, "projectIds": [1, 4],
                "isVisible": true,
            ] as NSDictionary)
    }
}
