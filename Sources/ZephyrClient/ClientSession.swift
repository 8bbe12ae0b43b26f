/// The mutable state behind a `ZephyrClient`.
///
/// `ZephyrClient` is a struct and gets copied into tasks; every copy must share one concurrency
/// limit, one cookie session and one memory of the server's quirks, so they live here, each
/// behind its own actor. The class itself is immutable, hence `Sendable` without exceptions.
final class ClientSession: Sendable {
    let permits: AsyncSemaphore
    let quirks = ServerQuirks()
    let cookies = CookieSession()

    init(parallelism: Int) {
        permits = AsyncSemaphore(limit: parallelism)
    }
}
