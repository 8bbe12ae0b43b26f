/// The mutable state behind a `ZephyrClient`.
///
/// `ZephyrClient` is a struct and gets copied into tasks; every copy must share one pacer
/// (concurrency limit and rate), one cookie session and one memory of the server's quirks, so
/// they live here, each behind its own actor. The class itself is immutable, hence `Sendable`.
final class ClientSession: Sendable {
    let pacer: RequestPacer
    let quirks = ServerQuirks()
    let cookies = CookieSession()

    init(parallelism: Int, tracer: HTTPTracer) {
        pacer = RequestPacer(maxInFlight: parallelism, note: { tracer.note($0) })
    }
}
