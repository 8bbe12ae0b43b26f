/// The kind of Zephyr object a custom field is attached to.
///
/// Raw values are the server's spelling; the server compares them case-insensitively.
package enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case execution = "EXECUTION"
    case testStep = "TESTSTEP"

    /// Parses the server's or a user's spelling, ignoring case.
    package init?(caseInsensitive text: String) {
        self.init(rawValue: text.uppercased())
    }

    package static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }

    private var sortIndex: Int { self == .execution ? 0 : 1 }
}
