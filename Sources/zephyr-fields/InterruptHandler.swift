import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a call to `onInterrupt` instead of killing the
/// process, so an apply can stop starting calls and let the ones in flight finish.
// @unchecked: `sources` is never mutated after init, and dispatch sources may be cancelled
// from any thread.
final class InterruptHandler: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    init(onInterrupt: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: onInterrupt)
            source.resume()
            return source
        }
    }

    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
