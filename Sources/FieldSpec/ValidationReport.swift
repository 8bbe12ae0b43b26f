/// The words `validate` prints, kept here so the command stays a few lines and tests can check
/// them without running a process.
package enum ValidationReport {
    /// `Valid: 3 files, 2 projects, 7 fields.`
    package static func summary(of spec: Spec) -> String {
        "Valid: \(count(spec.files.count, "file")), \(count(spec.projects.count, "project")), \(count(spec.definitions.count, "field"))."
    }

    /// Every diagnostic on its own line, then `error: N problems found; nothing was sent to the server.`
    package static func failure(_ diagnostics: [Diagnostic]) -> String {
        let problems = count(diagnostics.count, "problem")
        return (diagnostics.map(\.description) + ["error: \(problems) found; nothing was sent to the server."])
            .joined(separator: "\n")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
