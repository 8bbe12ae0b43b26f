import Foundation
import ZephyrDomain

/// The plan as a pull-request comment: summary first, details folded, and never longer than
/// `limit` characters (GitHub refuses comments over 65,536), cutting only between fields.
package struct MarkdownPlanRenderer: PlanRenderer {
    package let limit: Int

    package init(limit: Int = 60_000) {
        self.limit = limit
    }

    package func render(_ plan: Plan, kind: ReportKind) -> String {
        let title = kind == .plan ? "zephyr-fields plan" : "zephyr-fields drift report"
        var head = ["### \(title)", ""]
        if !plan.hasChanges, !plan.handSteps.isEmpty {
            head.append(
                "**\(kind == .plan ? "No changes to apply" : "Drift"):** the server differs from the configuration only where its API cannot make the change; \(plan.summary.manualStepsPhrase) outstanding (below)."
            )
        } else if !plan.hasChanges {
            head.append(
                kind == .plan
                    ? "**No changes.** Zephyr matches the configuration."
                    : "**No drift.** Zephyr matches the configuration.")
        } else {
            let summary = plan.summary
            head += [
                "**\(kind == .plan ? "Plan" : "Drift"): \(summary.line).**", "",
                "| Create | Update | Replace | Delete | Enable | Disable |",
                "|---:|---:|---:|---:|---:|---:|",
                "| \(summary.create) | \(summary.update) | \(summary.replace) | \(summary.delete) | \(summary.enable) | \(summary.disable) |",
            ]
            if let loss = summary.dataLoss { head += ["", "> [!WARNING]", "> \(loss)"] }
        }
        if plan.isBlocked {
            head += [
                "", "> [!CAUTION]",
                "> **Blocked** by \(plan.blockedBy.count) safety rule\(plan.blockedBy.count == 1 ? "" : "s"); apply will refuse this plan:",
            ]
            head += plan.blockedBy.map { "> - \(escape($0.sentence))" }
        }
        var sections = head.joined(separator: "\n") + "\n"
        let tail = notes(plan)
        if plan.hasChanges {
            sections += changesSection(plan, budget: limit - sections.count - tail.count - 200)
        }
        return sections + tail
    }

    /// Whole field blocks in a `diff` fence until the budget runs out, then a count of the rest.
    private func changesSection(_ plan: Plan, budget: Int) -> String {
        let opening =
            "\n<details><summary>Details: \(plan.changes.count) field\(plan.changes.count == 1 ? "" : "s") changed</summary>\n\n```diff\n"
        let closing = "```\n\n</details>\n"
        var body = ""
        var shown = 0
        let blocks = FieldBlockRenderer(style: .plain)
        for change in plan.changes {
            let block =
                blocks.lines(for: change).map { Self.diffLine($0.replacingOccurrences(of: "```", with: "'''")) }
                .joined(separator: "\n") + "\n\n"
            if opening.count + body.count + block.count + closing.count + 120 > budget { break }
            body += block
            shown += 1
        }
        var section = opening + body + closing
        if shown < plan.changes.count {
            section +=
                "\n_\(plan.changes.count - shown) more field\(plan.changes.count - shown == 1 ? "" : "s") not shown to keep this comment under \(limit) characters; run `zephyr-fields plan` or read the JSON plan for all of them._\n"
        }
        return section
    }

    /// GitHub colours a `diff` block by the first character of each line: move the change symbol
    /// there (`~` and `-/+` become `!`, as Terraform's PR tools do) and keep the indentation.
    static func diffLine(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        for (symbol, mark) in [("-/+", "!"), ("+", "+"), ("-", "-"), ("~", "!")] where rest.hasPrefix(symbol) {
            return mark + indent + String(repeating: " ", count: symbol.count - 1) + rest.dropFirst(symbol.count)
        }
        return line
    }

    private func notes(_ plan: Plan) -> String {
        var text = ""
        if !plan.handSteps.isEmpty {
            let items = plan.handSteps.map { "- \(MarkdownText.code($0.field.description)): \(escape($0.sentence))" }
            text +=
                "\n<details open><summary>\(plan.handSteps.count) manual step\(plan.handSteps.count == 1 ? "" : "s") (the server's API cannot make these)</summary>\n\n"
                + items.joined(separator: "\n") + "\n\n</details>\n"
        }
        let warnings = plan.notices
        if !warnings.isEmpty {
            let items = warnings.prefix(50).map {
                "- \($0.field.map { "\(MarkdownText.code("\($0)")): " } ?? "")\(escape($0.message))"
            }
            text +=
                "\n<details><summary>\(warnings.count) warning\(warnings.count == 1 ? "" : "s")</summary>\n\n"
                + items.joined(separator: "\n")
            if warnings.count > 50 { text += "\n- … and \(warnings.count - 50) more" }
            text += "\n\n</details>\n"
        }
        if !plan.unmanaged.isEmpty {
            let items = plan.unmanaged.prefix(100).map {
                "- \(MarkdownText.code("\($0.entity.rawValue)/\($0.name)")) (id \($0.fieldId))"
            }
            text +=
                "\n<details><summary>\(plan.unmanaged.count) unmanaged field\(plan.unmanaged.count == 1 ? "" : "s") (left alone)</summary>\n\n"
                + items.joined(separator: "\n")
            if plan.unmanaged.count > 100 { text += "\n- … and \(plan.unmanaged.count - 100) more" }
            text += "\n\n</details>\n"
        }
        return text
    }

    /// Keeps user text from opening HTML or breaking the comment's structure.
    private func escape(_ text: String) -> String {
        DisplayText.withoutControls(text).replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;")
    }
}
