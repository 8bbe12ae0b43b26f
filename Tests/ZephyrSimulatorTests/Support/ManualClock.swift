import Foundation

/// A clock tests move by hand, so delays and expiries need no sleeping.
// @unchecked: every access to `current` goes through `lock`.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_700_000_000)

    var now: Date { lock.withLock { current } }

    func advance(milliseconds: Int) {
        lock.withLock { current = current.addingTimeInterval(Double(milliseconds) / 1000) }
    }

    /// The closure `ZephyrSimulator` takes.
    var source: @Sendable () -> Date { { [self] in now } }
}
