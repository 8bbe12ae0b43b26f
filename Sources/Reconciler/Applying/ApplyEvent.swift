import ZephyrDomain

/// One finished (or failed, or skipped) operation, reported as it happens.
public struct ApplyEvent: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        case done, failed, skipped
    }

    public let status: Status
    /// What was done, e.g. `EXECUTION/Browser: enable in WEB (10000)`.
    public let operation: String
    /// The server's message for a failure, or a note (e.g. the id of a created field).
    public let detail: String?
    /// Seconds since the apply started.
    public let elapsed: Double

    public init(status: Status, operation: String, detail: String?, elapsed: Double) {
        self.status = status
        self.operation = operation
        self.detail = detail
        self.elapsed = elapsed
    }
}

/// Counts for `Apply complete: N created, ...`.
public struct ApplyCounts: Sendable, Hashable, Codable {
    public var created: Int
    public var updated: Int
    public var replaced: Int
    public var deleted: Int
    public var enabled: Int
    public var disabled: Int

    public init(
        created: Int = 0, updated: Int = 0, replaced: Int = 0, deleted: Int = 0, enabled: Int = 0, disabled: Int = 0
    ) {
        self.created = created
        self.updated = updated
        self.replaced = replaced
        self.deleted = deleted
        self.enabled = enabled
        self.disabled = disabled
    }

    public var line: String {
        "\(created) created, \(updated) updated, \(replaced) replaced, \(deleted) deleted, \(enabled) enabled, \(disabled) disabled"
    }
}

/// What an apply did, failed to do and did not start.
public struct ApplyResult: Sendable {
    public let done: [ApplyEvent]
    public let failed: [ApplyEvent]
    public let skipped: [ApplyEvent]
    public let counts: ApplyCounts
    /// True when Ctrl-C stopped the apply before everything ran.
    public let interrupted: Bool

    public var succeeded: Bool { failed.isEmpty && skipped.isEmpty && !interrupted }
}
