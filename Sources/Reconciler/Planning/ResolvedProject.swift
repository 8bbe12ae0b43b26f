import FieldSpec
import ZephyrDomain

/// A project file paired with the server project it names.
package struct ResolvedProject: Sendable, Hashable {
    package let spec: ProjectSpec
    package let ref: ProjectRef

    package init(spec: ProjectSpec, ref: ProjectRef) {
        self.spec = spec
        self.ref = ref
    }

    /// Pairs every project file with a server project by key (any case) or id; `filter` (from
    /// `--project`) must name only projects the files declare.
    static func resolve(_ specs: [ProjectSpec], on server: [ProjectRef], filter: Set<String>?) throws(ReconcilerError)
        -> [ResolvedProject]
    {
        var byReference: [String: ProjectRef] = [:]
        for project in server {
            byReference[project.key.uppercased()] = project
            byReference[project.id] = project
        }
        var resolved: [ResolvedProject] = []
        for spec in specs {
            guard let found = byReference[spec.reference.uppercased()] else {
                throw .unknownProject(reference: spec.reference, location: spec.location)
            }
            resolved.append(ResolvedProject(spec: spec, ref: found))
        }
        if let filter {
            for wanted in filter.sorted()
            where !resolved.contains(where: { $0.ref.key.uppercased() == wanted.uppercased() || $0.ref.id == wanted }) {
                throw .unknownProjectFilter(wanted)
            }
        }
        return resolved
    }
}
