import Synchronization
import ZephyrDomain

/// Set once (by Ctrl-C) to stop starting new operations; operations in flight finish.
public final class CancellationFlag: Sendable {
    private let cancelled = Atomic<Bool>(false)

    public init() {}

    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
}
