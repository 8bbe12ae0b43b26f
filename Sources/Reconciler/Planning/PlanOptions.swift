import ZephyrDomain
/// The switches a user gives `plan`, `apply` and `drift`.
public struct PlanOptions: Sendable, Hashable {
    /// `--allow-replace`: type or entity changes may destroy and recreate fields.
    public var allowReplace: Bool
    /// `--allow-delete`: with `prune`, fields no file declares may be deleted.
    public var allowDelete: Bool
    /// `--force`: deleting more than the threshold share of fields is allowed.
    public var force: Bool
    /// `--project KEY`: only these projects (keys or ids, compared case-insensitively); nil for all.
    public var projectFilter: Set<String>?

    public init(allowReplace: Bool = false, allowDelete: Bool = false, force: Bool = false, projectFilter: Set<String>? = nil) {
        self.allowReplace = allowReplace
        self.allowDelete = allowDelete
        self.force = force
        self.projectFilter = projectFilter.map { Set($0.map { $0.uppercased() }) }
    }

    func includes(_ project: ProjectRef) -> Bool {
        guard let projectFilter else { return true }
        return projectFilter.contains(project.key.uppercased()) || projectFilter.contains(project.id)
    }
}
