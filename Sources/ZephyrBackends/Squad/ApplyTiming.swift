import ZephyrClient

/// How long the applier waits: between attempts of a call, and for background deletes.
package struct ApplyTiming: Sendable {
    /// The client's retry policy: the applier consults the same one, so attempts are not
    /// counted twice. It decides when a non-idempotent call is re-read and repeated.
    package var retry: RetryPolicy
    /// How long to wait for a deleted field to disappear (deletes finish in the background).
    package var deleteVisibilityTimeout: Duration
    package var pollInterval: Duration

    package init(
        retry: RetryPolicy = RetryPolicy(), deleteVisibilityTimeout: Duration = .seconds(60),
        pollInterval: Duration = .milliseconds(50)
    ) {
        self.retry = retry
        self.deleteVisibilityTimeout = deleteVisibilityTimeout
        self.pollInterval = pollInterval
    }
}
