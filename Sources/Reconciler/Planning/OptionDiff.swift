import FieldSpec
import ZephyrDomain

/// Option calls that turn the server's options into the wanted ones. Options are matched by
/// text, then by `previously`; order is not managed because the
/// API cannot reorder options.
struct OptionDiff {
    private(set) var changes: [OptionChange] = []
    private(set) var warnings: [String] = []

    init(wanted: [OptionSpec], current: [RemoteOption]) {
        var unclaimed = current
        var adds: [OptionChange] = []
        var renames: [OptionChange] = []
        var pending: [OptionSpec] = []

        // Exact matches first, so a `previously` never steals an option that is kept as it is.
        for option in wanted {
            if let index = unclaimed.firstIndex(where: { Normalization.text($0.text) == option.text }) {
                unclaimed.remove(at: index)
            } else {
                pending.append(option)
            }
        }
        for option in pending {
            if let index = unclaimed.firstIndex(where: { stored in
                option.previously.contains(Normalization.text(stored.text))
            }) {
                let stored = unclaimed.remove(at: index)
                renames.append(
                    OptionChange(kind: .rename, optionId: stored.id, before: stored.text, after: option.text))
            } else {
                adds.append(OptionChange(kind: .add, after: option.text))
            }
        }
        var removes = unclaimed.map { OptionChange(kind: .remove, optionId: $0.id, before: $0.text) }
        if !current.isEmpty, adds.isEmpty, renames.count + removes.count > 0, removes.count == current.count {
            // Removing every option would leave none, which the server refuses.
            warnings.append(
                "the server refuses to remove a field's last option; \"\(removes.last?.before ?? "")\" is kept")
            removes.removeLast()
        }
        changes = adds + renames + removes
    }
}
