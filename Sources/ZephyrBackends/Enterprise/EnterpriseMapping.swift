import ZephyrClient
import ZephyrDomain

/// How this tool's words for entities and types map to Zephyr Enterprise's.
enum EnterpriseMapping {
    static func entity(_ entity: EntityType) -> EnterpriseEntity? {
        switch entity {
        case .testCase: .testcase
        case .requirement: .requirement
        case .execution, .testStep: nil
        }
    }

    static func entity(_ entity: EnterpriseEntity) -> EntityType {
        switch entity {
        case .testcase: .testCase
        case .requirement: .requirement
        }
    }

    /// The catalogue kind a YAML type is created as; nil for Squad-only types.
    static func kind(_ type: FieldType) -> EnterpriseTypeKind? {
        switch type {
        case .text: .text
        case .largeText: .longText
        case .number: .number
        case .date: .date
        case .checkbox: .checkbox
        case .singleSelect: .picklist
        case .multiSelect: .multiSelect
        case .richText: .richText
        case .dateTime, .radioButton: nil
        }
    }

    /// The YAML type name of a type code, read through the server's catalogue; a code the
    /// catalogue does not name as one of the tool's kinds keeps the catalogue's own name (e.g.
    /// "Cascade"), so a plan shows it as a type the tool cannot manage instead of guessing.
    static func typeName(code: Int, catalogue: [EnterpriseFieldType]) -> String {
        for type in ServerFlavor.enterprise.fieldTypes {
            if let kind = kind(type), catalogue.code(for: kind) == code { return type.rawValue }
        }
        return catalogue.first { $0.code == code }?.name ?? "type \(code)"
    }

    /// Whether a type code carries an option list (single and multi select).
    static func takesOptions(code: Int, catalogue: [EnterpriseFieldType]) -> Bool {
        [EnterpriseTypeKind.picklist, .multiSelect].contains { catalogue.code(for: $0) == code }
    }
}
