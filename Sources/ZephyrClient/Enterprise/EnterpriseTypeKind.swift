/// The kinds of field the tool maps to ZE type codes, found in the server's catalogue by name.
///
/// Codes are never hard-coded: multi-select's code is undocumented and differs between builds,
/// so every code comes from `GET /field/fieldtype`. Names are compared lowercased with
/// everything but letters and digits removed ("Multi-Select" = "multi select" = "multiselect").
package enum EnterpriseTypeKind: String, Sendable, Hashable, CaseIterable {
    case text, longText, picklist, checkbox, date, number, richText, multiSelect

    /// The catalogue names each kind matches, normalised. Anything else matches nothing.
    package var names: Set<String> {
        switch self {
        case .text: ["text"]
        case .longText: ["longtext", "largetext", "textarea"]
        case .picklist: ["picklist", "singleselect", "singleselectpicklist"]
        case .checkbox: ["checkbox"]
        case .date: ["date"]
        case .number: ["number", "numeric"]
        case .richText: ["richtext"]
        case .multiSelect: ["multiselect", "multiselectpicklist", "multipicklist"]
        }
    }

    static func normalise(_ name: String) -> String {
        String(
            name.lowercased().unicodeScalars.filter {
                ($0.properties.isAlphabetic || $0.properties.numericType != nil) && $0.isASCII
            }
            .map(Character.init))
    }
}

extension Array where Element == EnterpriseFieldType {
    /// The code of the one catalogue row named like `kind`; nil when no row or several rows
    /// match (then the tool cannot know which one the server means, and must not guess).
    package func code(for kind: EnterpriseTypeKind) -> Int? {
        let matches = filter { kind.names.contains(EnterpriseTypeKind.normalise($0.name)) }
        return matches.count == 1 ? matches[0].code : nil
    }
}
