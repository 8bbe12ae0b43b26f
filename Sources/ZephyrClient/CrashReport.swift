#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps crash dumps out of CI logs.
///
/// On a crash Swift's runtime backtracer prints registers and memory, which can hold the
/// credentials this tool carries, into a log anyone with access to the pipeline can read.
/// `install` replaces the handlers of the fatal signals with one that writes a fixed sentence
/// (`write(2)` only: async-signal-safe, no allocation) and then lets the signal kill the
/// process as before, so the exit status still names it. `ZEPHYR_FIELDS_BACKTRACE=1` leaves
/// the runtime's handlers alone, for a developer reproducing a crash.
package enum CrashReport {
    package static let optInVariable = "ZEPHYR_FIELDS_BACKTRACE"
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]
    static let sentence =
        "zephyr-fields: internal error: the tool crashed. No backtrace is printed, to keep memory "
        + "(which can hold credentials) out of logs; run again with \(optInVariable)=1 to get one for a bug report.\n"

    /// Installs the quiet handlers unless the environment opts in to full backtraces; call
    /// once at start. Returns whether it installed them.
    @discardableResult
    package static func install(environment: [String: String]) -> Bool {
        guard environment[optInVariable] != "1" else { return false }
        if crashSentence == nil {
            // Allocated here, never in the handler.
            let bytes = Array(sentence.utf8)
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
            buffer.initialize(from: bytes, count: bytes.count)
            crashSentence = (UnsafePointer(buffer), bytes.count)
        }
        for number in fatalSignals { signal(number, reportCrash) }
        return true
    }
}

/// Written once by `install` before any handler can run; only read afterwards.
private nonisolated(unsafe) var crashSentence: (pointer: UnsafePointer<UInt8>, count: Int)?

private func reportCrash(_ number: Int32) {
    if let sentence = crashSentence { _ = write(2, sentence.pointer, sentence.count) }
    signal(number, SIG_DFL)
    raise(number)
}
