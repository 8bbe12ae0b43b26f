/// Loads YAML files and directories into a validated `Spec`.
///
/// Loading is strict and pure: unknown keys, wrong types, non-`true`/`false` booleans, duplicate
/// keys, names the server would refuse, disagreeing definitions, unresolved references and
/// too many fields are all reported together, sorted, as `path:line:col: error: message`.
/// Files larger than `maxFileSize`, binaries, and YAML anchors/aliases are refused up front, so
/// loading stays fast and bounded in memory whatever the input.
package struct SpecLoader: Sendable {
    /// 1 MiB: a field spec is a few KiB; anything this big is the wrong file.
    package static let defaultMaxFileSize = 1 << 20

    /// Files larger than this many bytes are refused before they are parsed.
    package let maxFileSize: Int

    package init(maxFileSize: Int = SpecLoader.defaultMaxFileSize) {
        self.maxFileSize = maxFileSize
    }

    /// Loads files and directories (`.yaml`/`.yml`, recursively, sorted; hidden files and
    /// directories skipped). Paths print in diagnostics as given. Throws `SpecError.invalid`
    /// with every diagnostic when anything is wrong.
    package func load(paths: [String]) throws(SpecError) -> Spec {
        var diagnostics = DiagnosticBag()
        let files = PathCollector().collect(paths, into: &diagnostics)
        let reader = SourceFileReader(maxFileSize: maxFileSize)
        let sources = files.compactMap { reader.read($0, into: &diagnostics) }
        return try assemble(sources, diagnostics: diagnostics)
    }

    /// Loads YAML held in memory, as if each source were a file at its `path`.
    package func load(sources: [SpecSource]) throws(SpecError) -> Spec {
        try assemble(sources, diagnostics: DiagnosticBag())
    }

    private func assemble(_ sources: [SpecSource], diagnostics: DiagnosticBag) throws(SpecError) -> Spec {
        var diagnostics = diagnostics
        let allFilesRead = diagnostics.isEmpty
        var parsed: [ParsedFile] = []
        for source in sources {
            if let root = DocumentComposer.compose(source, into: &diagnostics) {
                parsed.append(FileDecoder.decode(root, file: source.path, into: &diagnostics))
            }
        }
        // Cross-file checks on an incomplete set of files would only add noise (a reference to a
        // field in a file that failed to parse is not really unresolved), so they wait.
        if allFilesRead, parsed.count == sources.count, !sources.isEmpty,
            let spec = SpecAssembler.assemble(parsed, into: &diagnostics), diagnostics.isEmpty
        {
            return spec
        }
        if diagnostics.isEmpty {
            diagnostics.error("no YAML files to load", at: nil)
        }
        throw .invalid(diagnostics.diagnostics.sorted())
    }
}
