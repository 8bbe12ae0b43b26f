import ZephyrDomain

/// Whether a document reports a plan (what apply would do) or drift (what changed by hand).
package enum ReportKind: String, Sendable, Codable {
    case plan, drift
}

/// Turns a plan into text for people or machines. Implementations are pure: the same plan
/// always renders to the same bytes.
package protocol PlanRenderer: Sendable {
    func render(_ plan: Plan, kind: ReportKind) -> String
}

/// The output formats `--format` accepts.
package enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, markdown

    package func renderer(color: Bool) -> any PlanRenderer {
        switch self {
        case .text: TextPlanRenderer(color: color)
        case .json: JSONPlanRenderer()
        case .markdown: MarkdownPlanRenderer()
        }
    }
}

extension PlanSummary {
    /// `Plan: 1 to create, 0 to update, ...` (Terraform's wording).
    package var line: String {
        "\(create) to create, \(update) to update, \(replace) to replace, \(delete) to delete, \(enable) to enable, \(disable) to disable"
            + (manualSteps > 0 ? "; \(manualStepsPhrase) by hand" : "")
    }

    /// "1 manual step", "3 manual steps".
    package var manualStepsPhrase: String {
        "\(manualSteps) manual step\(manualSteps == 1 ? "" : "s")"
    }

    /// What the plan destroys besides deleted and replaced fields, or nil when nothing.
    package var dataLoss: String? {
        guard optionRemovals > 0 else { return nil }
        return
            "Data loss: \(optionRemovals) option removal\(optionRemovals == 1 ? "" : "s") clear\(optionRemovals == 1 ? "s" : "") the values recorded with \(optionRemovals == 1 ? "it" : "them")."
    }
}
