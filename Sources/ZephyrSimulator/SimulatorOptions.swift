import ZephyrDomain
import ZephyrTransport

/// Which verb the enable/disable endpoint answers; the other one gets 405, as on real servers.
public enum EnableVerb: String, Sendable, Codable, Hashable, CaseIterable {
    /// `DELETE /{fieldId}/{projectId}?enable=...`: the documented verb.
    case delete
    /// `PUT /{fieldId}/{projectId}?enable=...`: what older builds answer.
    case put

    /// The HTTP method string.
    public var method: String { rawValue.uppercased() }
}

/// A failure the simulator can inject into a request.
public enum FaultKind: String, Sendable, Codable, Hashable, CaseIterable {
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
public struct SimulatorOptions: Sendable, Codable, Equatable {
    /// How long a deleted field or option stays visible (and counts) before the background job ends.
    public var deleteDelayMilliseconds: Int
    /// Most fields allowed per entity type; a create that would exceed it is refused.
    public var fieldLimits: [EntityType: Int]
    public var enableVerb: EnableVerb
    /// When false, `DELETE /delete-customfields` answers 404, like builds that lack it.
    public var bulkDeleteAvailable: Bool
    public var flavor: ServerFlavor
    /// Added to every request before it is answered.
    public var latencyMilliseconds: Int
    /// Probability in 0...1 that a request gets one of `faultKinds`.
    public var faultRate: Double
    public var faultKinds: [FaultKind]
    /// The `Retry-After` value of a `.rateLimited` fault.
    public var retryAfterSeconds: Int
    /// The extra delay of a `.slow` fault.
    public var slowMilliseconds: Int
    /// Seeds the fault generator, so a run with the same requests gets the same faults.
    public var seed: UInt64
    /// Lifetime of an Enterprise session cookie from `GET /manifest`.
    public var sessionLifetimeSeconds: Int
    /// Zephyr Enterprise's open questions, each a switch (used when `flavor` is `.enterprise`).
    public var enterprise: EnterpriseSimulatorOptions
    /// Jira's rate limiting (`simulator --rate-limit 20/s --burst 40`); nil: unlimited.
    public var rateLimit: RateLimitProfile?

    public init(
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
