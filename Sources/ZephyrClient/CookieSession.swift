/// The Enterprise session cookie, shared by every copy of a client.
///
/// Logging in is single-flight: concurrent requests that need a token (or found theirs expired)
/// wait for one login instead of each starting their own.
actor CookieSession {
    typealias Login = @Sendable () async -> Result<String, ZephyrError>

    private var token: String?
    private var pendingLogin: Task<Result<String, ZephyrError>, Never>?

    /// The current token, logging in first when there is none.
    func token(login: @escaping Login) async -> Result<String, ZephyrError> {
        if let token { return .success(token) }
        if let pendingLogin { return await pendingLogin.value }
        // The task runs on this actor, so it records the result before any waiter sees it:
        // a waiter that gets a 401 with the fresh token then finds it stored and renews it.
        let task = Task {
            let result = await login()
            pendingLogin = nil
            if case .success(let fresh) = result { token = fresh }
            return result
        }
        pendingLogin = task
        return await task.value
    }

    /// A token newer than `stale`: logs in again unless another request already did.
    func renew(replacing stale: String, login: @escaping Login) async -> Result<String, ZephyrError> {
        if token == stale { token = nil }
        return await token(login: login)
    }
}
