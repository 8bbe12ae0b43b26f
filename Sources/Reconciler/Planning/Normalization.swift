import Foundation
import ZephyrDomain

/// What every server does to text, undone before comparing, so a plan after apply is empty.
/// (Product quirks, such as Squad doubling apostrophes, are undone by their backend on read.)
package enum Normalization {
    /// The server trims surrounding whitespace of names, descriptions and options.
    package static func text(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `nil` and `""` mean the same on the server: no description.
    package static func description(_ value: String?) -> String {
        text(value ?? "")
    }
}
