/// The kind of Zephyr object a custom field is attached to.
///
/// Raw values are how the YAML spells them; servers compare them case-insensitively. Each
/// product has its own two (`ServerFlavor.entities`): a Squad entity on an Enterprise server is
/// a validation error, never a guess.
package enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Zephyr Squad: a test execution.
    case execution = "EXECUTION"
    /// Zephyr Squad: a step of a test.
    case testStep = "TESTSTEP"
    /// Zephyr Enterprise: a test case (`testcase` in its API).
    case testCase = "TESTCASE"
    /// Zephyr Enterprise: a requirement (`requirement` in its API).
    case requirement = "REQUIREMENT"

    /// Parses the server's or a user's spelling, ignoring case.
    package init?(caseInsensitive text: String) {
        self.init(rawValue: text.uppercased())
    }

    /// The product whose fields this entity belongs to.
    package var flavor: ServerFlavor {
        switch self {
        case .execution, .testStep: .squad
        case .testCase, .requirement: .enterprise
        }
    }

    /// How people read it in sentences ("test case fields").
    package var label: String {
        switch self {
        case .execution: "test execution"
        case .testStep: "test step"
        case .testCase: "test case"
        case .requirement: "requirement"
        }
    }

    package static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }

    private var sortIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
