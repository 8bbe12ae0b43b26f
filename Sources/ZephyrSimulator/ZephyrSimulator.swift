import Foundation
import ZephyrDomain
import ZephyrTransport

/// A faithful in-memory Zephyr server.
///
/// Answers `TransportRequest`s the way a real Zephyr Squad (or, with `.enterprise`, Zephyr
/// Enterprise) server does, quirks included: see `docs/zephyr-api.md`. Background deletes are
/// timestamps in the state, so no tasks run behind the caller's back and a saved state resumes
/// exactly where it stopped.
package actor ZephyrSimulator {
    var state: SimulatorState
    private(set) var options: SimulatorOptions
    var faults: SplitMix64
    private var rateLimiter: RateLimiter?
    private var injected429s = 0
    var sessions = SessionTable()
    private var counts: [String: Int] = [:]
    private var mutations = 0
    /// Bumped whenever a request may have changed the state, so savers can skip idle periods.
    private(set) var revision = 0
    /// The revision last written by `persist(to:)`.
    var persistedRevision = -1
    let now: @Sendable () -> Date

    /// - Parameter now: the clock; tests pass a manual one to step past delays and expiries.
    package init(
        state: SimulatorState = .seeded(), options: SimulatorOptions = .init(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.state = state
        self.options = options
        self.faults = SplitMix64(seed: options.seed)
        self.rateLimiter = options.rateLimit.map(RateLimiter.init)
        self.now = now
    }

    /// Handles one request as a real server would, after the configured latency and faults.
    package func handle(_ request: TransportRequest) async -> SimulatorReply {
        let parsed = SimulatorRequest(request)
        let match = SimulatorRouter(options: options).match(parsed)
        counts[match.countKey, default: 0] += 1
        // Judged on arrival, like Jira's limiter, before any work or latency.
        let limit = rateLimiter?.take(now: now())
        if let limit, limit.refuse {
            if options.latencyMilliseconds > 0 {
                try? await Task.sleep(for: .milliseconds(options.latencyMilliseconds))
            }
            let reply = HandlerReply(status: 429, body: .error("Too Many Requests"), headers: limit.headers)
            return .response(reply.transportResponse)
        }
        let fault = drawFault()
        let delay = options.latencyMilliseconds + (fault == .slow ? options.slowMilliseconds : 0)
        if delay > 0 {
            try? await Task.sleep(for: .milliseconds(delay))
        }
        switch fault {
        case .serverError:
            return .response(HandlerReply(status: 503, body: .error("Service Unavailable")).transportResponse)
        case .rateLimited:
            injected429s += 1
            let reply = HandlerReply(
                status: 429, body: .error("Too Many Requests"),
                headers: ["Retry-After": String(options.retryAfterSeconds)]
            )
            return .response(reply.transportResponse)
        case .dropAfterCommit, .slow, nil:
            break
        }
        if let locked = drawLocked(match) { return .response(locked.transportResponse) }
        var reply = respond(to: parsed, match: match)
        reply.headers.merge(limit?.headers ?? [:]) { own, _ in own }
        return fault == .dropAfterCommit ? .dropAfterCommit : .response(reply.transportResponse)
    }

    /// The visible state, with finished background deletes applied.
    package func snapshot() -> SimulatorState {
        state.finishDeletes(now: now())
        return state
    }

    /// Changes the state directly, as an administrator working in the UI would (tests use it
    /// to change the server between a plan and an apply).
    package func mutateState(_ change: (inout SimulatorState) -> Void) {
        change(&state)
    }

    /// Requests seen, keyed by method and route template,
    /// e.g. `GET /rest/zapi/latest/customfield/entity` (unknown routes by their path).
    package func requestCounts() -> [String: Int] { counts }

    /// POST, PUT and DELETE requests that reached a handler (past routing, auth and faults).
    package func mutatingRequestCount() -> Int { mutations }

    package func resetCounts() {
        counts = [:]
        mutations = 0
        injected429s = 0
    }

    /// Requests answered 429, by the rate limit or as an injected `.rateLimited` fault.
    package func rateLimitedCount() -> Int { (rateLimiter?.refused ?? 0) + injected429s }

    /// Replaces the options; the fault generator restarts from the new seed.
    package func setOptions(_ options: SimulatorOptions) {
        self.options = options
        faults = SplitMix64(seed: options.seed)
        rateLimiter = options.rateLimit.map(RateLimiter.init)
    }

    /// Draws the same amount of randomness for every request, so one seed gives one fault sequence.
    private func drawFault() -> FaultKind? {
        guard options.faultRate > 0, !options.faultKinds.isEmpty else { return nil }
        let roll = faults.nextUnit()
        let pick = Int(faults.next() % UInt64(options.faultKinds.count))
        return roll < options.faultRate ? options.faultKinds[pick] : nil
    }

    private func respond(to request: SimulatorRequest, match: RouteMatch) -> HandlerReply {
        switch match {
        case .notFound(let method, let path):
            if options.flavor == .enterprise { return enterpriseUnrouted(path: path) }
            return HandlerReply(status: 404, body: .error("Not found: \(method) \(path)"))
        case .methodNotAllowed(_, let method, let allowed):
            return HandlerReply(
                status: 405, body: .error("Method \(method) is not allowed here."),
                headers: ["Allow": allowed.joined(separator: ", ")]
            )
        case .found(let route, let method):
            guard let user = authenticate(request, route: route) else { return unauthorized() }
            if route.needsAdmin && !user.isAdmin {
                if options.flavor == .enterprise { return enterpriseForbidden(user) }
                return HandlerReply(
                    status: 403, body: .error("User \(user.name) does not have Jira administrator rights."))
            }
            state.finishDeletes(now: now())
            if method != "GET" {
                mutations += 1
                revision += 1
            }
            return dispatch(route, request: request, user: user)
        }
    }

    private func dispatch(_ route: SimulatorRoute, request: SimulatorRequest, user: SimulatorUser) -> HandlerReply {
        switch route {
        case .createField: createField(request)
        case .getField(let id): getField(id: id)
        case .updateField(let id): updateField(id: id, request)
        case .deleteField(let id): deleteField(id: id)
        case .bulkDelete: bulkDelete(request)
        case .listFields: listFields(request)
        case .listEnabledFields: listProjectFields(request, enabledOnly: true)
        case .listProjectFieldStates: listProjectFields(request, enabledOnly: false)
        case .metadata: metadata()
        case .setEnabled(let fieldId, let projectId): setEnabled(fieldId: fieldId, projectId: projectId, request)
        case .addOption(let fieldId): addOption(fieldId: fieldId, request)
        case .renameOption(let id): renameOption(id: id, request)
        case .deleteOption(let id): deleteOption(id: id)
        case .jiraProjects: jiraProjects()
        case .jiraProject(let idOrKey): jiraProject(idOrKey)
        case .myPermissions: myPermissions(request, user: user)
        case .manifest: manifest(request, user: user)
        case .currentUser: currentUser(user)
        case .enterprise(let route): enterprise(route, request: request, user: user)
        }
    }

    /// Epoch milliseconds of the simulator clock.
    var nowMilliseconds: Int64 { Int64((now().timeIntervalSince1970 * 1000).rounded()) }

    /// When a delete issued now finishes in the background, in whole milliseconds so the
    /// deadline survives the state file (which stores milliseconds) unchanged.
    var deleteDeadline: Date {
        let milliseconds = nowMilliseconds + Int64(options.deleteDelayMilliseconds)
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
