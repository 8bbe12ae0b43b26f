/// One YAML document to load, already in memory, with the path its diagnostics should print.
///
/// `SpecLoader.load(paths:)` reads files into these; tests and tools holding YAML in memory
/// (snippet tests, generated configs) can pass them to `SpecLoader.load(sources:)` directly.
package struct SpecSource: Sendable, Hashable {
    /// The path printed in diagnostics, as the user wrote it (relative stays relative).
    package let path: String
    package let text: String

    package init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
