/// Which Zephyr product the server runs.
package enum ServerFlavor: String, Sendable, Hashable, CaseIterable, Codable {
    /// Zephyr Squad Server / Data Center (ZAPI under `/rest/zapi/latest`).
    case squad
    /// Zephyr Enterprise (`/flex/services/rest/latest`).
    case enterprise

    /// The product's name as messages use it.
    package var productName: String {
        switch self {
        case .squad: "Zephyr Squad"
        case .enterprise: "Zephyr Enterprise"
        }
    }

    /// The entities this product keeps custom fields for, in display order.
    package var entities: [EntityType] {
        EntityType.allCases.filter { $0.flavor == self }
    }

    /// The field types this product offers.
    package var fieldTypes: [FieldType] {
        switch self {
        case .squad:
            [.text, .largeText, .number, .date, .dateTime, .radioButton, .checkbox, .singleSelect, .multiSelect]
        case .enterprise: [.text, .largeText, .number, .date, .checkbox, .singleSelect, .multiSelect, .richText]
        }
    }
}
