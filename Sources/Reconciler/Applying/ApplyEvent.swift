import ZephyrDomain

/// One finished (or failed, or skipped) operation, reported as it happens.
package struct ApplyEvent: Sendable, Hashable, Codable {
    package enum Status: String, Sendable, Codable {
        case done, failed, skipped
    }

    package let status: Status
    /// What was done, e.g. `EXECUTION/Browser: enable in WEB (10000)`.
    package let operation: String
    /// The server's message for a failure, or a note (e.g. the id of a created field).
    package let detail: String?
    /// Seconds since the apply started.
    package let elapsed: Double

    package init(status: Status, operation: String, detail: String?, elapsed: Double) {
        self.status = status
        self.operation = operation
        self.detail = detail
        self.elapsed = elapsed
    }
}

/// Counts for `Apply complete: N created, ...`.
package struct ApplyCounts: Sendable, Hashable, Codable {
    package var created: Int
    package var updated: Int
    package var replaced: Int
    package var deleted: Int
    package var enabled: Int
    package var disabled: Int

    package init(
        created: Int = 0, updated: Int = 0, replaced: Int = 0, deleted: Int = 0, enabled: Int = 0, disabled: Int = 0
    ) {
        self.created = created
        self.updated = updated
        self.replaced = replaced
        self.deleted = deleted
        self.enabled = enabled
        self.disabled = disabled
    }

    package var line: String {
        "\(created) created, \(updated) updated, \(replaced) replaced, \(deleted) deleted, \(enabled) enabled, \(disabled) disabled"
    }
}

/// What an apply did, failed to do and did not start.
package struct ApplyResult: Sendable {
    package let done: [ApplyEvent]
    package let failed: [ApplyEvent]
    package let skipped: [ApplyEvent]
    package let counts: ApplyCounts
    /// True when Ctrl-C stopped the apply before everything ran.
    package let interrupted: Bool

    package var succeeded: Bool { failed.isEmpty && skipped.isEmpty && !interrupted }
}
