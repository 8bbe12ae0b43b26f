import Testing
import ZephyrDomain

@testable import Reconciler

/// The safety rules at their boundaries: exactly at a threshold or a limit, a plan is allowed;
/// one step past it, it is blocked. (Found missing by scripts/mutation-check.)
@Suite struct SafetyBoundaryTests {
    /// Ten fields on the server; the file keeps the first `kept`, and prune deletes the rest.
    static func pruning(keeping kept: Int, of existing: Int = 10) throws -> Plan {
        let fields = (1...kept).map { "  - {name: F\($0), entity: EXECUTION, type: TEXT}" }.joined(separator: "\n")
        return try Snippet.plan(
            """
            project: WEB
            settings: {prune: true}
            fields:
            \(fields)
            """,
            Snippet.remote((1...existing).map { Snippet.field($0, "F\($0)") }, enabled: [Snippet.web: Array(1...kept)]),
            options: PlanOptions(allowDelete: true))
    }

    @Test func deletingExactlyTheThresholdShareIsAllowed() throws {
        // 3 of 10 is exactly the default 30%: the rule blocks only more than the share.
        let plan = try Self.pruning(keeping: 7)
        #expect(plan.summary.delete == 3)
        #expect(!plan.isBlocked, "\(plan.blockedBy.map(\.sentence))")
    }

    @Test func deletingOneFieldMoreThanTheShareIsBlocked() throws {
        let plan = try Self.pruning(keeping: 6)
        #expect(plan.blockedBy == [.deleteThreshold(destroyed: 4, existing: 10, thresholdPercent: 30)])
    }

    @Test func theThresholdAppliesFromExactlyTheMinimumNumberOfFields() throws {
        // The default minimum is 5 fields: with exactly 5, deleting 2 (40%) is blocked; with 4, it is not.
        #expect(
            try Self.pruning(keeping: 3, of: 5).blockedBy == [
                .deleteThreshold(destroyed: 2, existing: 5, thresholdPercent: 30)
            ])
        #expect(!(try Self.pruning(keeping: 2, of: 4)).isBlocked)
    }

    @Test func reachingExactlyTheFieldLimitIsAllowed() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            fields: [{name: New, entity: TESTSTEP, type: TEXT}]
            """, Snippet.remote((1...3).map { Snippet.field($0, "T\($0)", .testStep) }))
        // 3 + 1 = 4, the default TESTSTEP limit.
        #expect(plan.summary.create == 1)
        #expect(!plan.isBlocked, "\(plan.blockedBy.map(\.sentence))")
    }

    @Test func deletesInTheSamePlanMakeRoomUnderTheFieldLimit() throws {
        let plan = try Snippet.plan(
            """
            project: WEB
            settings: {prune: true}
            fields:
              - {name: T1, entity: TESTSTEP, type: TEXT}
              - {name: T2, entity: TESTSTEP, type: TEXT}
              - {name: T3, entity: TESTSTEP, type: TEXT}
              - {name: New, entity: TESTSTEP, type: TEXT}
            """,
            Snippet.remote((1...4).map { Snippet.field($0, "T\($0)", .testStep) }, enabled: [Snippet.web: [1, 2, 3]]),
            options: PlanOptions(allowDelete: true, force: true))
        #expect(plan.summary.create == 1 && plan.summary.delete == 1)
        #expect(!plan.isBlocked, "\(plan.blockedBy.map(\.sentence))")
    }
}
