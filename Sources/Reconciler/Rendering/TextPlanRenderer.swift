import ZephyrDomain

/// The Terraform-like plan for terminals and CI logs.
package struct TextPlanRenderer: PlanRenderer {
    package let color: Bool

    package init(color: Bool) {
        self.color = color
    }

    /// Changes, then the fields left alone, then the summary line and what needs attention, so
    /// the summary closes the report of the server; without changes, the verdict comes first.
    package func render(_ plan: Plan, kind: ReportKind) -> String {
        var lines: [String] = []
        if plan.hasChanges {
            lines.append(
                kind == .plan
                    ? "zephyr-fields will perform the following actions:"
                    : "Drift detected: the server differs from the configuration. Applying would:")
            lines.append("")
            let blocks = FieldBlockRenderer(style: color ? .ansi : .plain)
            for change in plan.changes {
                lines += blocks.lines(for: change)
                lines.append("")
            }
            lines += Self.unmanaged(plan)
            lines.append("\(kind == .plan ? "Plan" : "Drift"): \(plan.summary.line).")
            if let loss = plan.summary.dataLoss { lines.append(loss) }
        } else {
            if plan.handSteps.isEmpty {
                lines.append(
                    kind == .plan
                        ? "No changes. Zephyr matches the configuration."
                        : "No drift. Zephyr matches the configuration.")
            } else {
                lines.append(
                    "\(kind == .plan ? "No changes to apply" : "Drift"): the server differs from the configuration only where its API cannot make the change; \(plan.summary.manualStepsPhrase) outstanding (below)."
                )
            }
            if !plan.unmanaged.isEmpty { lines += [""] + Self.unmanaged(plan).dropLast() }
        }
        lines += Self.notes(for: plan)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fields on the server that no file declares.
    static func unmanaged(_ plan: Plan) -> [String] {
        guard !plan.unmanaged.isEmpty else { return [] }
        return ["Unmanaged fields (on the server, in no file; left alone because prune is off):"]
            + plan.unmanaged.map { "  - " + DisplayText.escaped("\($0.entity.rawValue)/\($0.name) (id \($0.fieldId))") }
            + [""]
    }

    /// Manual steps, warnings and blocking rules, after the summary.
    static func notes(for plan: Plan) -> [String] {
        var lines: [String] = []
        if !plan.handSteps.isEmpty {
            lines += ["", "Manual steps (the server's API cannot make these changes; an administrator must):"]
            lines += plan.handSteps.map { "  - " + DisplayText.withoutControls("\($0.field): \($0.sentence)") }
        }
        if !plan.notices.isEmpty {
            lines += ["", "Warnings:"]
            lines += plan.notices.map {
                "  - " + DisplayText.withoutControls("\($0.field.map { "\($0): " } ?? "")\($0.message)")
            }
        }
        if plan.isBlocked {
            lines += [
                "",
                "Blocked: this plan breaks \(plan.blockedBy.count) safety rule\(plan.blockedBy.count == 1 ? "" : "s") and will not be applied:",
            ]
            lines += plan.blockedBy.map { "  - " + DisplayText.withoutControls($0.sentence) }
        }
        return lines
    }
}
