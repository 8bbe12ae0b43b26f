/// How long the applier waits: between attempts of a call, and for background deletes.
public struct ApplyTiming: Sendable {
    /// Attempts of one call after ambiguous failures or rate limiting (the client's own
    /// retries of idempotent calls come on top).
    public var maxAttempts: Int
    public var initialBackoff: Duration
    public var maxBackoff: Duration
    /// How long to wait for a deleted field to disappear (deletes finish in the background).
    public var deleteVisibilityTimeout: Duration
    public var pollInterval: Duration

    public init(
        maxAttempts: Int = 6, initialBackoff: Duration = .milliseconds(100), maxBackoff: Duration = .seconds(5),
        deleteVisibilityTimeout: Duration = .seconds(60), pollInterval: Duration = .milliseconds(50)
    ) {
        self.maxAttempts = maxAttempts
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.deleteVisibilityTimeout = deleteVisibilityTimeout
        self.pollInterval = pollInterval
    }
}
