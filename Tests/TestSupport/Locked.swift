import Foundation

/// A value behind a lock, for test doubles called from `@Sendable` synchronous closures.
///
/// `@unchecked Sendable` is safe: `value` is only touched inside `lock`.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
