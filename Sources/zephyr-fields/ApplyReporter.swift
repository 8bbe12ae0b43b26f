import Foundation
import Reconciler
import Synchronization
import ZephyrDomain

/// Shows an apply as it happens: the plan, one line per finished operation, and the outcome.
/// Text goes to standard output; `--format json` prints one JSON object per line instead.
/// It is the command line's `ApplyObserver`: the library owns the lifecycle and calls it.
final class ApplyReporter: ApplyObserver {
    let json: Bool
    let color: Bool
    let askForConfirmation: Bool
    let tracker: ProgressTracker
    /// Ctrl-C handling, armed only while calls run.
    private let interrupts = Mutex<InterruptHandler?>(nil)
    /// Progress on standard error: for the reads until the plan is shown, then for the calls.
    private let ticker: Mutex<ProgressTicker?>

    init(json: Bool, color: Bool, askForConfirmation: Bool, tracker: ProgressTracker) {
        self.json = json
        self.color = color
        self.askForConfirmation = askForConfirmation
        self.tracker = tracker
        ticker = Mutex(Output.progressTicker(tracker))
    }

    func planned(_ plan: Plan) async {
        await stopTicker()
        Output.out(json ? ApplyReport.planLine(plan) : TextPlanRenderer(color: color).render(plan, kind: .plan))
    }

    func confirm() async throws -> Bool {
        guard askForConfirmation else { return true }
        return try await Approval.ask()
    }

    func applying(cancellation: CancellationFlag) async {
        let handler = InterruptHandler {
            cancellation.cancel()
            Output.error("Interrupted: no new calls will start; waiting for the calls in flight to finish.")
        }
        interrupts.withLock { $0 = handler }
        // Each finished call prints a line already; the ticker covers long waits between them.
        let applying = Output.progressTicker(tracker, live: false)
        ticker.withLock { $0 = applying }
    }

    func progress(_ event: ApplyEvent) {
        if json {
            Output.out(ApplyReport.changeLine(event))
        } else if event.status != .skipped {  // listed once, in the summary
            // Operations name fields and options the server supplied: no control characters reach the terminal.
            let detail = event.detail.map { " (\(DisplayText.escaped($0)))" } ?? ""
            let status = event.status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            Output.out(
                String(format: "[%7.2fs] ", event.elapsed)
                    + "\(status) \(DisplayText.escaped(event.operation))\(detail)\n")
        }
    }

    func applied(_ result: ApplyResult) async {
        await stopTicker()
        interrupts.withLock { handler in
            handler?.stop()
            handler = nil
        }
        Output.out(json ? ApplyReport.summaryLine(result) : Self.summary(result))
    }

    /// Stops the progress ticker if one runs (safe to call twice).
    func stopTicker() async {
        await ticker.withLock { current in
            defer { current = nil }
            return current
        }?.stop()
    }

    /// `Apply complete: ...`, or what was done, what failed and what did not start.
    static func summary(_ result: ApplyResult) -> String {
        if result.succeeded { return "\nApply complete: \(result.counts.line).\n" }
        let outcome = result.interrupted ? "Apply interrupted" : "Apply failed"
        var lines = [
            "",
            "\(outcome): \(result.done.count) done, \(result.failed.count) failed, \(result.skipped.count) not started.",
        ]
        lines.append("Done: \(result.counts.line).")
        if !result.failed.isEmpty {
            lines.append("Failed:")
            lines += result.failed.map { "  - " + DisplayText.escaped("\($0.operation): \($0.detail ?? "")") }
        }
        if !result.skipped.isEmpty {
            lines.append("Not started:")
            lines += result.skipped.map { "  - " + DisplayText.escaped($0.operation) }
        }
        lines.append("Nothing else was changed. Run apply again to finish: it plans from the server's current state.")
        return lines.joined(separator: "\n") + "\n"
    }
}
