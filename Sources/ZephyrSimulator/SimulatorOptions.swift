import ZephyrDomain
import ZephyrTransport

/// Which verb the enable/disable endpoint answers; the other one gets 405, as on real servers.
package enum EnableVerb: String, Sendable, Codable, Hashable, CaseIterable {
    /// `DELETE /{fieldId}/{projectId}?enable=...`: the documented verb.
    case delete
    /// `PUT /{fieldId}/{projectId}?enable=...`: what older builds answer.
    case put

    /// The HTTP method string.
    package var method: String { rawValue.uppercased() }
}

/// A failure the simulator can inject into a request.
package enum FaultKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// 503 before the request takes effect.
    case serverError
    /// 429 with `Retry-After` before the request takes effect.
    case rateLimited
    /// The request takes effect, then the connection drops without a response.
    case dropAfterCommit
    /// The request succeeds after an extra `slowMilliseconds`.
    case slow
}

/// How the simulator behaves: server variations, timing and injected faults.
///
/// The defaults behave like a real Zephyr Squad server; tests make it faster or stricter.
package struct SimulatorOptions: Sendable, Codable, Equatable {
    /// How long a deleted field or option stays visible (and counts) before the background job ends.
    package var deleteDelayMilliseconds: Int
    /// Most fields allowed per entity type; a create that would exceed it is refused.
    package var fieldLimits: [EntityType: Int]
    package var enableVerb: EnableVerb
    /// When false, `DELETE /delete-customfields` answers 404, like builds that lack it.
    package var bulkDeleteAvailable: Bool
    package var flavor: ServerFlavor
    /// Added to every request before it is answered.
    package var latencyMilliseconds: Int
    /// Probability in 0...1 that a request gets one of `faultKinds`.
    package var faultRate: Double
    package var faultKinds: [FaultKind]
    /// The `Retry-After` value of a `.rateLimited` fault.
    package var retryAfterSeconds: Int
    /// The extra delay of a `.slow` fault.
    package var slowMilliseconds: Int
    /// Seeds the fault generator, so a run with the same requests gets the same faults.
    package var seed: UInt64
    /// Lifetime of an Enterprise session cookie from `GET /manifest`.
    package var sessionLifetimeSeconds: Int
    /// Zephyr Enterprise's open questions, each a switch (used when `flavor` is `.enterprise`).
    package var enterprise: EnterpriseSimulatorOptions
    /// Jira's rate limiting (`simulator --rate-limit 20/s --burst 40`); nil: unlimited.
    package var rateLimit: RateLimitProfile?

    package init(
        deleteDelayMilliseconds: Int = 250,
        fieldLimits: [EntityType: Int] = FieldRules.defaultLimits,
        enableVerb: EnableVerb = .delete,
        bulkDeleteAvailable: Bool = true,
        flavor: ServerFlavor = .squad,
        latencyMilliseconds: Int = 0,
        faultRate: Double = 0,
        faultKinds: [FaultKind] = FaultKind.allCases,
        retryAfterSeconds: Int = 1,
        slowMilliseconds: Int = 2000,
        seed: UInt64 = 0,
        sessionLifetimeSeconds: Int = 5400,
        enterprise: EnterpriseSimulatorOptions = .init(),
        rateLimit: RateLimitProfile? = nil
    ) {
        self.deleteDelayMilliseconds = deleteDelayMilliseconds
        self.fieldLimits = fieldLimits
        self.enableVerb = enableVerb
        self.bulkDeleteAvailable = bulkDeleteAvailable
        self.flavor = flavor
        self.latencyMilliseconds = latencyMilliseconds
        self.faultRate = faultRate
        self.faultKinds = faultKinds
        self.retryAfterSeconds = retryAfterSeconds
        self.slowMilliseconds = slowMilliseconds
        self.seed = seed
        self.sessionLifetimeSeconds = sessionLifetimeSeconds
        self.enterprise = enterprise
        self.rateLimit = rateLimit
    }

    /// The limit for one entity type (unlimited when the map has no entry).
    func limit(for entity: EntityType) -> Int {
        fieldLimits[entity] ?? Int.max
    }
}
