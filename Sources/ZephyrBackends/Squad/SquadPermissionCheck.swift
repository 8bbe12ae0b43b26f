import Reconciler
import ZephyrClient
import ZephyrDomain

/// Asks Jira, before the first write, whether the signed-in user may make a plan's calls:
/// custom field changes need "Administer Jira", enabling and disabling need "Administer
/// Projects" in each project (a Jira administrator is not asked twice). Where Jira cannot tell,
/// the check passes and the server decides, as before.
struct SquadPermissionCheck {
    let api: any ZephyrFieldsAPI

    func check(_ plan: Plan) async throws(ReconcilerError) {
        let changesFields = plan.changes.contains { $0.action != .none }
        let projects = Set(plan.changes.flatMap { $0.projects.map(\.project) }).sorted()
        guard changesFields || !projects.isEmpty else { return }
        let administrator = await ask(.administer, projectKey: nil)
        if changesFields, administrator == false {
            throw .server(
                "the signed-in user lacks Jira administrator rights (Administer Jira), which creating, changing and deleting custom fields needs; nothing was changed. Apply with a Jira administrator's credentials."
            )
        }
        guard administrator != true else { return }
        var lacking: [String] = []
        for project in projects where await ask(.administerProjects, projectKey: project.key) == false {
            lacking.append(project.key)
        }
        if !lacking.isEmpty {
            throw .server(
                "the signed-in user lacks project administrator rights (Administer Projects) in \(lacking.joined(separator: ", ")), which enabling and disabling fields there needs; nothing was changed. Apply with credentials of a user who administers \(lacking.count == 1 ? "that project" : "those projects")."
            )
        }
    }

    /// The answer, or nil when Jira cannot tell (or the question itself failed).
    private func ask(_ permission: JiraPermission, projectKey: String?) async -> Bool? {
        do {
            return try await api.hasPermission(permission, projectKey: projectKey)
        } catch {
            return nil
        }
    }
}
