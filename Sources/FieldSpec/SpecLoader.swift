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
    ///
    /// `flavor` is a choice made outside the files (`--flavor`, `ZEPHYR_FLAVOR`); settings that
    /// name another flavor are an error at their `flavor` value. The spec's `settings.flavor` is
    /// the settings' flavor, else `flavor`'s, else Squad.
    package func load(paths: [String], flavor: FlavorChoice? = nil) throws(SpecError) -> Spec {
        var diagnostics = DiagnosticBag()
        let files = PathCollector().collect(paths, into: &diagnostics)
        let reader = SourceFileReader(maxFileSize: maxFileSize)
        let sources = files.compactMap { reader.read($0, into: &diagnostics) }
        return try assemble(sources, flavor: flavor, diagnostics: diagnostics)
    }

    /// Loads YAML held in memory, as if each source were a file at its `path`.
    package func load(sources: [SpecSource], flavor: FlavorChoice? = nil) throws(SpecError) -> Spec {
        try assemble(sources, flavor: flavor, diagnostics: DiagnosticBag())
    }

    private func assemble(_ sources: [SpecSource], flavor override: FlavorChoice?, diagnostics: DiagnosticBag)
        throws(SpecError) -> Spec
    {
        var diagnostics = diagnostics
        let allFilesRead = diagnostics.isEmpty
        // Every file is composed before any is decoded: the settings block that names the
        // flavor may be in any of them, and the flavor decides what the others may say.
        // Each file is parsed and decoded on its own (in parallel); diagnostics are gathered in
        // file order, so the output is the same as one file after another.
        let composed = sources.concurrentMap { source in
            var bag = DiagnosticBag()
            let root = DocumentComposer.compose(source, into: &bag).map { (path: source.path, root: $0) }
            return (root, bag)
        }
        for (_, bag) in composed { diagnostics.append(contentsOf: bag) }
        let roots = composed.compactMap(\.0)
        let flavor = FlavorScanner.decide(roots, override: override, into: &diagnostics)
        let decoded = roots.concurrentMap { file in
            var bag = DiagnosticBag()
            let parsed = FileDecoder.decode(file.root, file: file.path, flavor: flavor, into: &bag)
            return (parsed, bag)
        }
        for (_, bag) in decoded { diagnostics.append(contentsOf: bag) }
        let parsed = decoded.map(\.0)
        // Cross-file checks on an incomplete set of files would only add noise (a reference to a
        // field in a file that failed to parse is not really unresolved), so they wait.
        if allFilesRead, parsed.count == sources.count, !sources.isEmpty,
            let spec = SpecAssembler.assemble(parsed, flavor: flavor.flavor, into: &diagnostics), diagnostics.isEmpty
        {
            return spec
        }
        if diagnostics.isEmpty {
            diagnostics.error("no YAML files to load", at: nil)
        }
        throw .invalid(diagnostics.diagnostics.sorted())
    }
}
