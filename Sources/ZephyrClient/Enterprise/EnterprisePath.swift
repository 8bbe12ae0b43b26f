import Foundation

/// Paths under `{server}/flex/services/rest/`. ZE mixes `latest`, `v3` and `v4`; each call uses
/// the prefix the evidence shows for it, and `latest` where the evidence names none.
enum EnterprisePath {
    static let root = "/flex/services/rest"

    static func path(_ version: String, _ segments: [String], query: KeyValuePairs<String, String> = [:]) -> String {
        var path = "\(root)/\(version)"
        for segment in segments { path += "/" + encode(segment) }
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(encode($0.key))=\(encode($0.value))" }.joined(separator: "&")
    }

    /// Unreserved characters only: a display name or option text must not add segments or
    /// query parameters.
    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}

extension Permission {
    /// What a 403 from ZE's admin calls says the user lacks.
    static let enterpriseAdmin = "a Zephyr Enterprise role with System Setup (Administration → Customizations) rights"
    static let enterpriseBrowse = "a Zephyr Enterprise user account that can see projects and custom fields"
}
