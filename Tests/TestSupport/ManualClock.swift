import Foundation

/// A clock that moves only when a test says so.
///
/// The simulator's background deletes and session expiry are deadlines on this clock, so a test
/// steps past them at once instead of sleeping, and can observe "still visible" without racing
/// a timer.
public final class ManualClock: Sendable {
    private let current: Locked<Date>

    public init(start: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        current = Locked(start)
    }

    public var now: Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0.addTimeInterval(seconds) }
    }

    public func advance(milliseconds: Int) {
        advance(by: Double(milliseconds) / 1000)
    }

    /// The closure `ZephyrSimulator` takes as its clock.
    public var source: @Sendable () -> Date { { [self] in now } }
}
