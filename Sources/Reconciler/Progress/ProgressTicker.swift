/// Shows a `ProgressTracker` while a run lasts: on a terminal a live line rewritten in place,
/// elsewhere (CI logs) a line every `interval`, like Terraform's "Still creating... [10s
/// elapsed]", so a long run is never silent.
package final class ProgressTicker: Sendable {
    package enum Style: Sendable {
        /// Rewrite one line with `\r`, twice a second, after the first second.
        case live
        /// Print a new line every `interval`.
        case periodic(interval: Duration)
    }

    private let task: Task<Void, Never>
    private let style: Style
    private let write: @Sendable (String) -> Void

    /// Starts showing `tracker` through `write` (standard error, in the command line).
    package init(_ tracker: ProgressTracker, style: Style, write: @escaping @Sendable (String) -> Void) {
        self.style = style
        self.write = write
        let start = ContinuousClock.now
        task = Task {
            let (delay, every): (Duration, Duration) =
                switch style {
                case .live: (.seconds(1), .milliseconds(500))
                case .periodic(let interval): (interval, interval)
                }
            try? await Task.sleep(for: delay)
            while !Task.isCancelled {
                let line = Self.line(tracker.snapshot, elapsed: ContinuousClock.now - start)
                if let line {
                    switch style {
                    case .live: write("\r\u{1B}[2K" + line)
                    case .periodic: write(line + "\n")
                    }
                }
                try? await Task.sleep(for: every)
            }
        }
    }

    /// Stops, and on a terminal clears the live line so the report starts on a clean line.
    package func stop() async {
        task.cancel()
        await task.value
        if case .live = style { write("\r\u{1B}[2K") }
    }

    /// `Still reading the server: 120 of 403 requests done [10s elapsed]`, or nil before any phase.
    package static func line(_ snapshot: ProgressTracker.Snapshot, elapsed: Duration) -> String? {
        guard !snapshot.phase.isEmpty else { return nil }
        let seconds = elapsed.components.seconds
        return
            "Still \(snapshot.phase): \(snapshot.done) of \(snapshot.total) \(snapshot.unit) done [\(seconds)s elapsed]"
    }
}
