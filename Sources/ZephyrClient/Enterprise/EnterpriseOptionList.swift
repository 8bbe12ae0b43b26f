import Foundation

/// Option lists as the `{entity}.{fieldName}.LOV` preference holds them, and the id rule for
/// replacing one whole.
package enum EnterpriseOptionList {
    package static func preferenceName(entity: EnterpriseEntity, fieldName: String) -> String {
        "\(entity.rawValue).\(fieldName).LOV"
    }

    /// The list to write so that the field offers `wanted`, in that order.
    ///
    /// Values on testcases reference option ids, so an option that stays keeps its id: first an
    /// option whose text is exactly the wanted text, then one that `renames` (old text → new
    /// text) turns into it. Options not wanted are dropped. New options get `max + 1`, `max + 2`,
    /// ... over every numeric id in `current`, dropped ones included: reusing a dropped id would
    /// re-attach the values still pointing at it. Repeated wanted texts are kept once.
    package static func assigningIds(
        current: [EnterpriseOption], wanted: [String], renames: [String: String] = [:]
    ) -> [EnterpriseOption] {
        var unclaimed = current
        var next = (current.compactMap { Int($0.id) }.max() ?? 0) + 1
        var seen = Set<String>()
        var result: [EnterpriseOption] = []
        for text in wanted where seen.insert(text).inserted {
            let byText = unclaimed.firstIndex { $0.value == text }
            let byRename = unclaimed.firstIndex { renames[$0.value] == text }
            if let index = byText ?? byRename {
                result.append(EnterpriseOption(id: unclaimed[index].id, value: text))
                unclaimed.remove(at: index)
            } else {
                result.append(EnterpriseOption(id: String(next), value: text))
                next += 1
            }
        }
        return result
    }

    /// The preference's `value`: a JSON array as a string, `[{"value":"Chrome","id":"1"}]`.
    static func encode(_ options: [EnterpriseOption]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let items = options.map { ["value": $0.value, "id": $0.id] }
        // Arrays of string dictionaries always encode.
        return (try? encoder.encode(items)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
