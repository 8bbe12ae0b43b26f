import ZephyrDomain

/// Gives every file `export` writes a distinct, visible name, or refuses before anything is
/// written.
///
/// Project keys come from the server. Mapped naively to file names, `DEFINITIONS` overwrote
/// `definitions.yaml`, `A.B` and `A_B` shared one file, and an empty key wrote a hidden `.yaml`
/// that loading skips: each time, configuration was silently lost.
enum ExportFileNames {
    static let definitions = "definitions.yaml"

    /// The file name for each project key, in the keys' order.
    static func names(for keys: [String]) throws(ReconcilerError) -> [String] {
        var owners: [String: String] = [definitions: "the field definitions"]
        var names: [String] = []
        for key in keys {
            var base = Exporter.fileName(for: key)
            guard !base.isEmpty else {
                throw .exportFileConflict("a project on the server has an empty key, which cannot name a file")
            }
            // A real Jira project may be keyed DEFINITIONS; its file moves aside.
            if base + ".yaml" == definitions { base = "project-" + base }
            let name = base + ".yaml"
            if let owner = owners[name] {
                throw .exportFileConflict("project \(quoted(key)) and \(owner) would both be written to \(name)")
            }
            owners[name] = "project \(quoted(key))"
            names.append(name)
        }
        return names
    }

    private static func quoted(_ key: String) -> String {
        "'\(DisplayText.escaped(key))'"
    }
}
