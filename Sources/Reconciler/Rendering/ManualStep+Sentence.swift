import ZephyrDomain

extension ManualStep {
    /// What to do (or why nothing can be done), in one sentence without the field's name.
    package var sentence: String {
        switch field.entity.flavor {
        case .squad: squadSentence
        case .enterprise: enterpriseSentence
        }
    }

    private var squadSentence: String {
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
        case .useAllProjects:
            "make the field available in every project by hand; the server's API cannot"
        case .limitToProjects(let projects):
            "limit the field to \(projects.map(\.description).joined(separator: ", ")) by hand; the server's API cannot"
        }
    }

    /// Zephyr Enterprise: the admin UI path and the action, since its REST API can only create
    /// fields and write option lists (`shared/docs/zephyr-enterprise-api.md`).
    private var enterpriseSentence: String {
        let place = "in Administration → Customizations → \(field.entity.label.capitalizedFirst) fields"
        return switch action {
        case .createField:
            "\(place), create the field; the REST API cannot create it on this server"
        case .rename(let from, let to):
            "\(place), rename \"\(from)\" to \"\(to)\" (values stay with the field); the REST API cannot rename fields"
        case .changeDescription(let from, let to):
            "\(place), change the description from \"\(from ?? "")\" to \"\(to)\"; the REST API cannot"
        case .clearDescription(let current):
            "\(place), clear the description \"\(current)\"; the REST API cannot"
        case .replace(let attributes):
            "change \(attributes.map { "\($0.attribute.rawValue) from \($0.before ?? "") to \($0.after ?? "")" }.joined(separator: " and ")): Zephyr Enterprise cannot change this in place, and deleting and creating the field again would orphan every value recorded in it; \(place), create the new field under another name and retire this one when its values are moved"
        case .delete:
            "\(place), delete the field if it is no longer wanted (this drops every value recorded in it); the REST API cannot delete fields"
        case .editOptions(let options):
            "\(place), change the options (\(options.map(\.summary).joined(separator: ", "))); the REST API cannot"
        case .enable(let project):
            "\(place), add project \(project) to the field's projects; the REST API sets projects only when it creates a field"
        case .disable(let project):
            "\(place), remove project \(project) from the field's projects; the REST API sets projects only when it creates a field"
        case .useAllProjects:
            "\(place), make the field available in all projects (the configuration says `projects: all`); the REST API sets projects only when it creates a field"
        case .limitToProjects(let projects):
            "\(place), make the field available only in \(projects.isEmpty ? "no project" : projects.map(\.description).joined(separator: ", ")) instead of all projects (the projects whose files list it); the REST API sets projects only when it creates a field"
        }
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
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
