/// The custom field types of both products (`ServerFlavor.fieldTypes` says which has which).
///
/// `CHECKBOX` is accepted by real Squad servers although the documentation's list omits it; on
/// Zephyr Enterprise it is a single yes/no box without options.
package enum FieldType: String, Sendable, Hashable, CaseIterable, Codable {
    case text = "TEXT"
    case largeText = "LARGE_TEXT"
    case number = "NUMBER"
    case date = "DATE"
    case dateTime = "DATE_TIME"
    case radioButton = "RADIO_BUTTON"
    case checkbox = "CHECKBOX"
    case singleSelect = "SINGLE_SELECT"
    case multiSelect = "MULTI_SELECT"
    /// Zephyr Enterprise only: formatted text.
    case richText = "RICH_TEXT"

    /// Whether the type carries a list of options (and needs at least one) on `flavor`'s servers.
    package func takesOptions(on flavor: ServerFlavor) -> Bool {
        switch self {
        case .radioButton, .singleSelect, .multiSelect: true
        case .checkbox: flavor == .squad
        default: false
        }
    }

    /// The label the Zephyr Squad UI shows, sent as `displayFieldType` on create.
    package var displayFieldType: String {
        switch self {
        case .text: "Text Field (single line)"
        case .largeText: "Text Field (multi line)"
        case .number: "Number Field"
        case .date: "Date Picker"
        case .dateTime: "Date Time Picker"
        case .radioButton: "Radio Buttons"
        case .checkbox: "Checkboxes"
        case .singleSelect: "Select List (single choices)"
        case .multiSelect: "Select List (multiple choices)"
        case .richText: "Rich Text"
        }
    }
}
