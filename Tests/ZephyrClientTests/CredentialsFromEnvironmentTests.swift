import Testing

@testable import ZephyrClient

@Suite struct CredentialsFromEnvironmentTests {
    typealias Env = [String: String]

    private func credentials(_ environment: Env, _ mode: AuthMode? = nil) -> Result<Credentials, ZephyrError> {
        Result { () throws(ZephyrError) in try ZephyrClient.credentials(from: environment, authMode: mode) }
    }

    @Test func tokenMeansBearerAndWinsWithoutAMode() {
        #expect(credentials(["ZEPHYR_TOKEN": "t"]) == .success(.bearer(token: "t")))
        #expect(
            credentials(["ZEPHYR_TOKEN": "t", "ZEPHYR_USER": "u", "ZEPHYR_PASSWORD": "p"])
                == .success(.bearer(token: "t")))
    }

    @Test func userAndPassword() {
        let env: Env = ["ZEPHYR_USER": "u", "ZEPHYR_PASSWORD": "p", "ZEPHYR_TOKEN": "t"]
        #expect(
            credentials(["ZEPHYR_USER": "u", "ZEPHYR_PASSWORD": "p"]) == .success(.basic(user: "u", password: "p")))
        #expect(credentials(env, .basic) == .success(.basic(user: "u", password: "p")))
        #expect(credentials(env, .cookie) == .success(.cookie(user: "u", password: "p")))
        #expect(credentials(env, .bearer) == .success(.bearer(token: "t")))
    }

    @Test func nothingSetIsNoCredentials() {
        #expect(credentials([:]) == .success(.none))
        #expect(credentials(["ZEPHYR_TOKEN": ""]) == .success(.none))
    }

    @Test func incompleteSettingsAreClearErrors() {
        #expect(
            credentials(["ZEPHYR_USER": "u"])
                == .failure(
                    .invalidCredentials(
                        message: "ZEPHYR_USER is set but ZEPHYR_PASSWORD is not; Basic authentication needs both")))
        #expect(
            credentials(["ZEPHYR_PASSWORD": "p"])
                == .failure(
                    .invalidCredentials(
                        message: "ZEPHYR_PASSWORD is set but ZEPHYR_USER is not; Basic authentication needs both")))
        #expect(
            credentials(["ZEPHYR_TOKEN": "t"], .cookie)
                == .failure(
                    .invalidCredentials(
                        message: "--auth cookie needs ZEPHYR_USER and ZEPHYR_PASSWORD")))
        #expect(credentials([:], .bearer) == .failure(.invalidCredentials(message: "--auth bearer needs ZEPHYR_TOKEN")))
    }

    @Test func descriptionsHideSecrets() {
        #expect(!"\(Credentials.basic(user: "u", password: "hunter2"))".contains("hunter2"))
        #expect(!"\(Credentials.bearer(token: "pat-secret"))".contains("pat-secret"))
    }
}
