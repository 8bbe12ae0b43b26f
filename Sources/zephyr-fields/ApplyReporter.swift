import Foundation
import Reconciler

/// Prints apply progress: the plan, one line per finished operation, and the outcome.
/// Text goes to standard output; `--format json` prints one JSON object per line instead.
struct ApplyReporter: Sendable {
    let json: Bool
    let color: Bool

    func showPlan(_ plan: Plan) {
        if json {
            let summary = plan.summary
            emit(["type": "plan", "blocked": plan.isBlocked, "blocked_by": plan.blockedBy, "summary": [
                "create": summary.create, "update": summary.update, "replace": summary.replace,
                "delete": summary.delete, "enable": summary.enable, "disable": summary.disable,
            ]])
        } else {
            Output.out(TextPlanRenderer(color: color).render(plan, kind: .plan))
        }
    }

    var progress: @Sendable (ApplyEvent) -> Void {
        { event in
            if json {
                emit(["type": "change", "status": event.status.rawValue, "operation": event.operation,
                      "detail": event.detail ?? NSNull(), "elapsed_seconds": (event.elapsed * 1000).rounded() / 1000])
            } else if event.status != .skipped {  // listed once, in the summary
                let detail = event.detail.map { " (\($0))" } ?? ""
                Output.out(String(format: "[%7.2fs] ", event.elapsed) + "\(event.status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(event.operation)\(detail)\n")
            }
        }
    }

    func interrupted() {
        Output.error("Interrupted: no new calls will start; waiting for the calls in flight to finish.")
    }

    func finish(_ result: ApplyResult) {
        if json {
            emit(["type": "summary", "succeeded": result.succeeded, "interrupted": result.interrupted,
                  "counts": [
                      "created": result.counts.created, "updated": result.counts.updated, "replaced": result.counts.replaced,
                      "deleted": result.counts.deleted, "enabled": result.counts.enabled, "disabled": result.counts.disabled,
                  ], "done": result.done.count, "failed": result.failed.count, "skipped": result.skipped.count])
            return
        }
        if result.succeeded {
            Output.out("\nApply complete: \(result.counts.line).\n")
            return
        }
        var lines = ["", "\(result.interrupted ? "Apply interrupted" : "Apply failed"): \(result.done.count) done, \(result.failed.count) failed, \(result.skipped.count) not started."]
        lines.append("Done: \(result.counts.line).")
        if !result.failed.isEmpty {
            lines.append("Failed:")
            lines += result.failed.map { "  - \($0.operation): \($0.detail ?? "")" }
        }
        if !result.skipped.isEmpty {
            lines.append("Not started:")
            lines += result.skipped.map { "  - \($0.operation)" }
        }
        lines.append("Nothing else was changed. Run apply again to finish: it plans from the server's current state.")
        Output.out(lines.joined(separator: "\n") + "\n")
    }

    private func emit(_ object: [String: Any]) {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        Output.out(String(decoding: data, as: UTF8.self) + "\n")
    }
}
