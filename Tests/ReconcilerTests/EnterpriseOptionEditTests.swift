import Testing
import ZephyrBackends
import ZephyrClient

@testable import Reconciler

/// Applying a plan's option changes to the list read just before the write: ids kept, fresh
/// ids past every id seen, nothing outside the plan touched, and a list changed since the plan
/// refused instead of overwritten.
@Suite struct EnterpriseOptionEditTests {
    static let current = [
        EnterpriseOption(id: "1", value: "Chrome"), EnterpriseOption(id: "2", value: "FF"),
        EnterpriseOption(id: "3", value: "IE"),
    ]

    @Test func renameKeepsTheIdAndRemovalDropsOnlyThatOption() throws {
        let edit = EnterpriseOptionEdit([
            OptionChange(kind: .rename, optionId: "2", before: "FF", after: "Firefox"),
            OptionChange(kind: .remove, optionId: "3", before: "IE"),
        ])
        #expect(
            try edit.applied(to: Self.current) == [
                EnterpriseOption(id: "1", value: "Chrome"), EnterpriseOption(id: "2", value: "Firefox"),
            ])
    }

    @Test func addedOptionsGetIdsPastEveryIdSeenIncludingRemovedOnes() throws {
        let edit = EnterpriseOptionEdit([
            OptionChange(kind: .remove, optionId: "3", before: "IE"),
            OptionChange(kind: .add, after: "Edge"),
            OptionChange(kind: .add, after: "Opera"),
        ])
        let list = try edit.applied(to: Self.current)
        #expect(list.map(\.id) == ["1", "2", "4", "5"], "id 3 still identifies IE's values")
        #expect(list.map(\.value) == ["Chrome", "FF", "Edge", "Opera"])
    }

    @Test func optionsAddedOnTheServerSinceThePlanAreKept() throws {
        let edit = EnterpriseOptionEdit([OptionChange(kind: .add, after: "Edge")])
        let server = Self.current + [EnterpriseOption(id: "8", value: "Brave")]
        let list = try edit.applied(to: server)
        #expect(list.map(\.value) == ["Chrome", "FF", "IE", "Brave", "Edge"])
        #expect(list.last?.id == "9")
    }

    @Test func aChangeAlreadyMadeIsNotMadeTwice() throws {
        let done = [
            EnterpriseOption(id: "1", value: "Chrome"), EnterpriseOption(id: "2", value: "Firefox"),
            EnterpriseOption(id: "4", value: "Edge"),
        ]
        let edit = EnterpriseOptionEdit([
            OptionChange(kind: .rename, optionId: "2", before: "FF", after: "Firefox"),
            OptionChange(kind: .remove, optionId: "3", before: "IE"),
            OptionChange(kind: .add, after: "Edge"),
        ])
        #expect(try edit.applied(to: done) == done)
    }

    @Test func anOptionChangedOnTheServerSinceThePlanStopsTheWrite() throws {
        let renamed = [EnterpriseOption(id: "1", value: "Chrome"), EnterpriseOption(id: "2", value: "Mozilla")]
        #expect(throws: ExecutionFailure.self) {
            try EnterpriseOptionEdit([OptionChange(kind: .rename, optionId: "2", before: "FF", after: "Firefox")])
                .applied(to: renamed)
        }
        #expect(throws: ExecutionFailure.self) {
            try EnterpriseOptionEdit([OptionChange(kind: .remove, optionId: "2", before: "FF")]).applied(to: renamed)
        }
        #expect(throws: ExecutionFailure.self) {
            try EnterpriseOptionEdit([OptionChange(kind: .rename, optionId: "9", before: "X", after: "Y")])
                .applied(to: renamed)
        }
    }
}
