import ZephyrDomain

extension ManualStep {
    /// What to do (or why nothing can be done), in one sentence without the field's name.
    package var sentence: String {
        switch action {
        case .clearDescription(let current):
            "the server cannot clear a description; it stays \"\(current)\" (remove `description` from the file to stop this warning)"
        case .createField:
            "create the field by hand; the server's API cannot create it"
        case .rename(let from, let to):
            "rename \"\(from)\" to \"\(to)\" by hand; the server's API cannot rename fields"
        case .changeDescription(let from, let to):
            "change the description from \"\(from ?? "")\" to \"\(to)\" by hand; the server's API cannot change it"
        case .replace(let attributes):
            "change \(attributes.map { "\($0.attribute.rawValue) from \($0.before ?? "") to \($0.after ?? "")" }.joined(separator: " and ")) by hand; the server's API cannot"
        case .delete:
            "delete the field by hand if it is no longer wanted; the server's API cannot delete fields"
        case .editOptions(let options):
            "change the options by hand (\(options.map(\.summary).joined(separator: ", "))); the server's API cannot"
        case .enable(let project):
            "enable the field in \(project) by hand; the server's API cannot"
        case .disable(let project):
            "disable the field in \(project) by hand; the server's API cannot"
        }
    }
}

extension OptionChange {
    /// `add "Safari"`, `rename "FF" to "Firefox"`, `remove "IE"`.
    var summary: String {
        switch kind {
        case .add: "add \"\(after ?? "")\""
        case .rename: "rename \"\(before ?? "")\" to \"\(after ?? "")\""
        case .remove: "remove \"\(before ?? "")\""
        }
    }
}

extension Plan {
    /// Warnings, plus the steps nobody can make, which read as warnings: the configuration
    /// should stop asking for them.
    package var notices: [PlanWarning] {
        let impossible = manualSteps.filter { $0.kind == .notPossible }
            .map { PlanWarning(field: $0.field.description, message: $0.sentence) }
        return Array(Set(warnings + impossible)).sorted()
    }

    /// The steps an administrator can make by hand.
    package var handSteps: [ManualStep] { manualSteps.filter { $0.kind == .manual } }
}
