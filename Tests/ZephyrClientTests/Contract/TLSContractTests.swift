import Testing
import ZephyrTransport

@testable import ZephyrClient

/// `--ca-cert` and `--insecure` against a real HTTPS server with a private CA.
@Suite(.enabled(if: TestCertificates.openssl != nil, "needs openssl to make a throwaway CA"))
struct TLSContractTests {
    @Test func privateCANeedsCACertOrInsecure() async throws {
        let certificates = try await TestCertificates.make()
        defer { certificates.remove() }
        let server = try await TLSProjectServer.start(certificates: certificates)
        let base = "https://127.0.0.1:\(server.port)"

        func projects(caCertificatePath: String? = nil, insecure: Bool = false) async throws -> Result<
            [JiraProject], ZephyrError
        > {
            let transport = try AsyncHTTPTransport(
                baseURL: base, caCertificatePath: caCertificatePath, insecure: insecure,
                connectTimeout: .seconds(2), requestTimeout: .seconds(5))
            let client = ZephyrClient(
                transport: transport,
                configuration: ClientConfiguration(
                    serverDescription: base, credentials: .bearer(token: "admin-token"), maxRetries: 0))
            let result: Result<[JiraProject], ZephyrError>
            do throws(ZephyrError) {
                result = .success(try await client.projects())
            } catch {
                result = .failure(error)
            }
            await client.shutdown()
            return result
        }

        do {
            try await Self.expectCATrustRules(base: base, caPath: certificates.caPath, projects: projects)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private static func expectCATrustRules(
        base: String, caPath: String,
        projects: (String?, Bool) async throws -> Result<[JiraProject], ZephyrError>
    ) async throws {
        let untrusted = try await projects(nil, false)
        guard case .failure(.tlsFailure(let named, _)) = untrusted else {
            Issue.record("expected tlsFailure, got \(untrusted)")
            return
        }
        #expect(named == base)
        let web = [JiraProject(id: "10000", key: "WEB", name: "Web Shop")]
        #expect(try await projects(caPath, false).get() == web)
        #expect(try await projects(nil, true).get() == web)
    }
}
