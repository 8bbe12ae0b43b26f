/// Loads YAML files and directories into a validated `Spec`.
///
/// CONTRACT (to be implemented by the FieldSpec work): strict loading, every problem collected,
/// diagnostics sorted by file and position.
public struct SpecLoader: Sendable {
    public init() {}

    /// Loads files and directories (`.yaml`/`.yml`, recursively, sorted). Throws `SpecError.invalid`
    /// with every diagnostic when anything is wrong.
    public func load(paths: [String]) throws(SpecError) -> Spec {
        throw .invalid([Diagnostic(.error, "not implemented", at: nil)])
    }
}
