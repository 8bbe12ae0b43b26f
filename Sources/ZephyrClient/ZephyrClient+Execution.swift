import Foundation
import ZephyrTransport

extension ZephyrClient {
    /// Sends `endpoint` with auth, pacing and the retry policy; returns a 2xx response.
    ///
    /// Only the policy's `repeatAfter` is acted on here; `verifyThenRepeat` is thrown to the
    /// caller, which alone can re-read whether a non-idempotent call took effect. Deletes have
    /// one twist: when an earlier attempt failed ambiguously (timeout, dropped connection, 5xx)
    /// and a later one answers "not found", the earlier attempt did the delete.
    func execute(_ endpoint: Endpoint) async throws(ZephyrError) -> TransportResponse {
        var attempt = 0
        var waited = Duration.zero
        var timeouts = 0
        var earlierAttemptAmbiguous = false
        while true {
            do throws(ZephyrError) {
                return try await sendAuthenticated(endpoint)
            } catch {
                if endpoint.repeating == .delete, earlierAttemptAmbiguous, case .notFound = error {
                    return TransportResponse(status: 200)
                }
                guard
                    case .repeatAfter(let delay) = retryPolicy.decision(
                        after: error, class: endpoint.requestClass, attempt: attempt, waited: waited, timeouts: timeouts
                    )
                else { throw error }
                if case .timeout = error { timeouts += 1 }
                earlierAttemptAmbiguous = earlierAttemptAmbiguous || error.isAmbiguous
                attempt += 1
                waited += delay
                await sleep(delay)
            }
        }
    }

    /// One attempt; with a session cookie, a 401 logs in again once and repeats the request
    /// (safe for any call: a 401 means the server did not execute it).
    private func sendAuthenticated(_ endpoint: Endpoint) async throws(ZephyrError) -> TransportResponse {
        var auth = try await authorization()
        var response = try await send(request(for: endpoint, auth: auth), of: endpoint)
        if response.status == 401, let stale = auth.cookieToken {
            auth = try await renewedCookie(replacing: stale)
            response = try await send(request(for: endpoint, auth: auth), of: endpoint)
        }
        guard (200..<300).contains(response.status) else {
            throw errors.error(for: response, of: endpoint)
        }
        return response
    }

    private func request(for endpoint: Endpoint, auth: Authorization) -> TransportRequest {
        var headers = [("Accept", "application/json")]
        if endpoint.body != nil { headers.append(("Content-Type", "application/json")) }
        if let header = auth.header { headers.append(header) }
        return TransportRequest(method: endpoint.method, path: endpoint.path, headers: headers, body: endpoint.body)
    }

    /// Sends one request when the pacer admits it, traces it, tells the pacer how it went, and
    /// maps transport failures. Returns any status; callers decide what a status means.
    func send(_ request: TransportRequest, of endpoint: Endpoint) async throws(ZephyrError) -> TransportResponse {
        let ticket = await session.pacer.admit()
        if ticket.wait > .zero { await sleep(ticket.wait) }
        tracer.request(request)
        let clock = ContinuousClock()
        let start = clock.now
        let result: Result<TransportResponse, any Error>
        do {
            let response = try await transport.send(request)
            tracer.response(response, to: request, after: clock.now - start)
            result = .success(response)
            await session.pacer.finish(ticket, .answered(response))
        } catch {
            tracer.failure(error, of: request, after: clock.now - start)
            result = .failure(error)
            await session.pacer.finish(ticket, error as? TransportError == .timeout ? .timedOut : .failed)
        }
        switch result {
        case .success(let response): return response
        case .failure(let error): throw errors.error(for: error, of: endpoint)
        }
    }
}
