import ZephyrDomain

/// The switches a user gives `plan`, `apply` and `drift`.
package struct PlanOptions: Sendable, Hashable, Codable {
    /// `--allow-replace`: type or entity changes may destroy and recreate fields.
    package var allowReplace: Bool
    /// `--allow-delete`: with `prune`, fields no file declares may be deleted.
    package var allowDelete: Bool
    /// `--force`: deleting more than the threshold share of fields is allowed.
    package var force: Bool
    /// `--allow-removing-used-options`: an option values still use may be removed (Enterprise).
    package var allowRemovingUsedOptions: Bool
    /// `--project KEY`: only these projects (keys or ids, compared case-insensitively); nil for all.
    package var projectFilter: Set<String>?

    package init(
        allowReplace: Bool = false, allowDelete: Bool = false, force: Bool = false,
        allowRemovingUsedOptions: Bool = false, projectFilter: Set<String>? = nil
    ) {
        self.allowReplace = allowReplace
        self.allowDelete = allowDelete
        self.force = force
        self.allowRemovingUsedOptions = allowRemovingUsedOptions
        self.projectFilter = projectFilter.map { Set($0.map { $0.uppercased() }) }
    }

    func includes(_ project: ProjectRef) -> Bool {
        guard let projectFilter else { return true }
        return projectFilter.contains(project.key.uppercased()) || projectFilter.contains(project.id)
    }

    private enum CodingKeys: String, CodingKey {
        case allowReplace, allowDelete, force, allowRemovingUsedOptions, projectFilter
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            allowReplace: try container.decode(Bool.self, forKey: .allowReplace),
            allowDelete: try container.decode(Bool.self, forKey: .allowDelete),
            force: try container.decode(Bool.self, forKey: .force),
            allowRemovingUsedOptions: try container.decodeIfPresent(Bool.self, forKey: .allowRemovingUsedOptions)
                ?? false,
            projectFilter: try container.decodeIfPresent([String].self, forKey: .projectFilter).map(Set.init)
        )
    }

    // Sorted, so the same options always give the same saved plan bytes.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(allowReplace, forKey: .allowReplace)
        try container.encode(allowDelete, forKey: .allowDelete)
        try container.encode(force, forKey: .force)
        // Written only when set, so saved plans of Squad configurations read as before.
        if allowRemovingUsedOptions { try container.encode(true, forKey: .allowRemovingUsedOptions) }
        try container.encodeIfPresent(projectFilter?.sorted(), forKey: .projectFilter)
    }
}
