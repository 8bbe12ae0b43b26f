/// The nine custom field types Zephyr Squad servers accept.
///
/// `CHECKBOX` is accepted by real servers although the documentation's list omits it.
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

    /// Whether the type carries a list of options (and needs at least one).
    package var takesOptions: Bool {
        switch self {
        case .radioButton, .checkbox, .singleSelect, .multiSelect: true
        default: false
        }
    }

    /// The label the Zephyr UI shows, sent as `displayFieldType` on create.
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
        }
    }
}
