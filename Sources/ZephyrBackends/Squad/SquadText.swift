import Reconciler
import ZephyrDomain

/// Text as a Squad server stores it, and as the rest of the tool should read it.
enum SquadText {
    /// Options created through `/create` are stored with every apostrophe doubled
    /// (`Won't` -> `Won''t`); read them back as written.
    static func undoingDoubledApostrophes(_ stored: String) -> String {
        Normalization.text(stored.replacingOccurrences(of: "''", with: "'"))
    }
}

extension RemoteField {
    /// The field with the quirks of `/create` undone, as the planner and export compare it.
    var undoingCreateQuirks: RemoteField {
        RemoteField(
            id: id, name: name, description: description, typeName: typeName, entity: entity,
            options: options.map { RemoteOption(id: $0.id, text: SquadText.undoingDoubledApostrophes($0.text)) }
        )
    }
}
