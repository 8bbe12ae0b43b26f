import FieldSpec

/// A project file paired with the server project it names.
public struct ResolvedProject: Sendable, Hashable {
    public let spec: ProjectSpec
    public let ref: ProjectRef

    public init(spec: ProjectSpec, ref: ProjectRef) {
        self.spec = spec
        self.ref = ref
    }
}
