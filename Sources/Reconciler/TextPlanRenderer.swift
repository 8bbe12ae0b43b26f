import ZephyrDomain

/// The Terraform-like plan for terminals and CI logs.
public struct TextPlanRenderer: PlanRenderer {
    public let color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ plan: Plan, kind: ReportKind) -> String {
        var lines: [String] = []
        if plan.hasChanges {
            lines.append(kind == .plan
                ? "zephyr-fields will perform the following actions:"
                : "Drift detected: the server differs from the configuration. Applying would:")
            lines.append("")
            let blocks = FieldBlockRenderer(style: color ? .ansi : .plain)
            for change in plan.changes {
                lines += blocks.lines(for: change)
                lines.append("")
            }
            lines.append("\(kind == .plan ? "Plan" : "Drift"): \(plan.summary.line).")
        } else {
            lines.append(kind == .plan
                ? "No changes. Zephyr matches the configuration."
                : "No drift. Zephyr matches the configuration.")
        }
        lines += Self.notes(for: plan)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Warnings, unmanaged fields and blocking rules, after the summary.
    static func notes(for plan: Plan) -> [String] {
        var lines: [String] = []
        if !plan.warnings.isEmpty {
            lines += ["", "Warnings:"]
            lines += plan.warnings.map { "  - " + DisplayText.withoutControls("\($0.field.map { "\($0): " } ?? "")\($0.message)") }
        }
        if !plan.unmanaged.isEmpty {
            lines += ["", "Unmanaged fields (on the server, in no file; left alone because prune is off):"]
            lines += plan.unmanaged.map { "  - " + DisplayText.escaped("\($0.entity.rawValue)/\($0.name) (id \($0.fieldId))") }
        }
        if plan.isBlocked {
            lines += ["", "Blocked: this plan breaks \(plan.blockedBy.count) safety rule\(plan.blockedBy.count == 1 ? "" : "s") and will not be applied:"]
            lines += plan.blockedBy.map { "  - " + DisplayText.withoutControls($0) }
        }
        return lines
    }
}
