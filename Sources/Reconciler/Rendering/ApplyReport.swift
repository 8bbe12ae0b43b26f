import Foundation
import ZephyrDomain

/// `apply --format json`: one JSON object per line (schema `schema/apply.schema.json`), so a CI
/// log can be followed and parsed while the apply runs. Keys are sorted: the same events give
/// the same bytes.
package enum ApplyReport {
    /// The plan about to be applied (or refused, when blocked).
    package static func planLine(_ plan: Plan) -> String {
        line(PlanLine(blocked: plan.isBlocked, blockedBy: plan.blockedBy.map(\.sentence), summary: plan.summary))
    }

    /// One finished, failed or not started operation.
    package static func changeLine(_ event: ApplyEvent) -> String {
        line(
            ChangeLine(
                status: event.status, operation: event.operation, detail: event.detail,
                elapsedSeconds: (event.elapsed * 1000).rounded() / 1000
            ))
    }

    /// The outcome, with the counts the text report prints.
    package static func summaryLine(_ result: ApplyResult) -> String {
        line(
            SummaryLine(
                succeeded: result.succeeded, interrupted: result.interrupted, counts: result.counts,
                done: result.done.count, failed: result.failed.count, skipped: result.skipped.count
            ))
    }

    private struct PlanLine: Encodable {
        let type = "plan"
        let blocked: Bool
        let blockedBy: [String]
        let summary: PlanSummary

        private enum CodingKeys: String, CodingKey {
            case type, blocked, summary
            case blockedBy = "blocked_by"
        }
    }

    private struct ChangeLine: Encodable {
        let type = "change"
        let status: ApplyEvent.Status
        let operation: String
        let detail: String?
        let elapsedSeconds: Double

        private enum CodingKeys: String, CodingKey {
            case type, status, operation, detail
            case elapsedSeconds = "elapsed_seconds"
        }

        // `detail` is always present, null when there is none, so consumers need no key check.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(status, forKey: .status)
            try container.encode(operation, forKey: .operation)
            if let detail {
                try container.encode(detail, forKey: .detail)
            } else {
                try container.encodeNil(forKey: .detail)
            }
            try container.encode(elapsedSeconds, forKey: .elapsedSeconds)
        }
    }

    private struct SummaryLine: Encodable {
        let type = "summary"
        let succeeded: Bool
        let interrupted: Bool
        let counts: ApplyCounts
        let done: Int
        let failed: Int
        let skipped: Int
    }

    private static func line(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Plain structs of strings, numbers and booleans: encoding cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
