import ZephyrClient

/// A call that must not simply be repeated (a create, a toggle, a whole-list write). The client
/// repeats it only when the server certainly did not run it (429); after a failure that may have
/// taken effect, the retry policy says `verifyThenRepeat`: wait, re-read with `verify`, and call
/// again only if the effect is absent. Shared by every backend, so each asks the same policy.
func verifiedWrite(
    retry: RetryPolicy, verify: () async throws -> Bool, _ call: () async throws -> Void
) async throws {
    var attempt = 0
    var waited = Duration.zero
    var timeouts = 0
    while true {
        do {
            try await call()
            return
        } catch let error as ZephyrError {
            let decision = retry.decision(
                after: error, class: .nonIdempotentWrite, attempt: attempt, waited: waited, timeouts: timeouts)
            guard case .verifyThenRepeat(let delay) = decision else { throw error }
            if case .timeout = error { timeouts += 1 }
            try await Task.sleep(for: delay)
            if try await verify() { return }
            attempt += 1
            waited += delay
        }
    }
}
