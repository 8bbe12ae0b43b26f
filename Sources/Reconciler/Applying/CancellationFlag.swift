import Synchronization
import ZephyrDomain

/// Set once (by Ctrl-C) to stop starting new operations; operations in flight finish.
package final class CancellationFlag: Sendable {
    private let cancelled = Atomic<Bool>(false)

    package init() {}

    package func cancel() { cancelled.store(true, ordering: .relaxed) }

    package var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
}
