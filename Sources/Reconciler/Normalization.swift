import Foundation

/// What the server does to text, undone before comparing, so a plan after apply is empty.
enum Normalization {
    /// The server trims surrounding whitespace of names, descriptions and options.
    static func text(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `nil` and `""` mean the same on the server: no description.
    static func description(_ value: String?) -> String {
        text(value ?? "")
    }

    /// Options created through `/create` are stored with every apostrophe doubled
    /// (`Won't` -> `Won''t`); read them back as written.
    static func optionText(_ stored: String) -> String {
        text(stored.replacingOccurrences(of: "''", with: "'"))
    }
}
