/// A Zephyr Enterprise endpoint. Every route answers under `latest`, `v3` and `v4` (the real
/// server mixes them; which calls exist under which prefix is not documented), and counts under
/// the prefix it was called with.
enum EnterpriseRoute: Sendable, Equatable {
    case currentUser(version: String)
    case projects(version: String)
    case fields(version: String, entity: String)
    case field(version: String, id: Int)
    case fieldByName(version: String)
    case fieldTypes(version: String)
    case createField(version: String)
    case updateField(version: String)
    case preference(version: String)
    case replacePreference(version: String)
    case optionUsage(version: String)
    /// Simulator only: mark an option as in use (`POST .../simulator/optionusage`).
    case markOptionUsage(version: String)

    static let versions: Set<String> = ["latest", "v3", "v4"]

    var pathTemplate: String {
        let (version, tail): (String, String) =
            switch self {
            case .currentUser(let v): (v, "user/current")
            case .projects(let v): (v, "project/")
            case .fields(let v, _): (v, "field/entity/{entity}")
            case .field(let v, _): (v, "field/{id}")
            case .fieldByName(let v): (v, "field/name")
            case .fieldTypes(let v): (v, "field/fieldtype")
            case .createField(let v), .updateField(let v): (v, "field")
            case .preference(let v), .replacePreference(let v): (v, "admin/preference")
            case .optionUsage(let v): (v, "admin/preference/item/usage")
            case .markOptionUsage(let v): (v, "simulator/optionusage")
            }
        return "\(SimulatorRoute.enterpriseRoot)/\(version)/\(tail)"
    }

    /// Changes need System Setup rights; reads do not.
    var needsAdmin: Bool {
        switch self {
        case .createField, .updateField, .replacePreference, .markOptionUsage: true
        default: false
        }
    }
}
