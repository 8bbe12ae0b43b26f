import Foundation

/// The simulator's clock in contract tests: it moves only when a test says so.
///
/// Background deletes and session expiry are deadlines on this clock, so a test steps past
/// them at once instead of sleeping, and can observe "still visible" without racing a timer.
final class ManualClock: Sendable {
    private let current: Locked<Date>

    init(start: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        current = Locked(start)
    }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0.addTimeInterval(seconds) }
    }
}
