import Foundation
import ZephyrDomain

/// The versioned JSON plan: sorted keys, so identical plans give identical bytes.
package struct JSONPlanRenderer: PlanRenderer {
    package init() {}

    package func render(_ plan: Plan, kind: ReportKind) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(PlanDocument(plan: plan, kind: kind))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
