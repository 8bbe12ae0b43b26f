import Testing
import ZephyrBackends
import ZephyrDomain

@testable import Reconciler

/// The ordering rules of the apply graph (docs/design-notes.md, "Applying"), checked on the
/// operations themselves: what must wait for what, and what must not wait at all.
@Suite struct OperationGraphTests {
    static func graph(
        _ yaml: String, _ remote: RemoteState,
        options: PlanOptions = PlanOptions(allowReplace: true, allowDelete: true, force: true)
    ) throws -> [ApplyOperation] {
        let plan = try Snippet.plan(yaml, remote, options: options)
        return OperationGraph(
            plan: plan, remote: remote, limits: FieldRules.defaultLimits, capabilities: SquadBackend.capabilities
        ).operations
    }

    /// The one operation whose summary contains `text`.
    static func find(_ text: String, in operations: [ApplyOperation], sourceLocation: SourceLocation = #_sourceLocation)
        throws -> ApplyOperation
    {
        let found = operations.filter { $0.summary.contains(text) }
        #expect(
            found.count == 1, "\(found.count) operations match \(text): \(operations.map(\.summary))",
            sourceLocation: sourceLocation)
        return try #require(found.first, sourceLocation: sourceLocation)
    }

    /// True when `later` cannot start before `earlier` finished (directly or through others).
    static func waits(_ later: ApplyOperation, for earlier: ApplyOperation, in operations: [ApplyOperation]) -> Bool {
        var seen = Set<Int>()
        var pending = Array(later.dependencies)
        while let next = pending.popLast() {
            if next == earlier.id { return true }
            if seen.insert(next).inserted { pending += operations[next].dependencies }
        }
        return false
    }

    static let optionYAML = """
        # file: web.yaml
        project: WEB
        fields:
          - {name: Stage, entity: EXECUTION, type: SINGLE_SELECT, description: new, previously: [Env], options: [Staging, {text: Production, previously: [Prod]}, Dev]}
        # file: api.yaml
        project: API
        fields: []
        """
    static let optionRemote = Snippet.remote(
        [Snippet.field(2, "Env", type: "SINGLE_SELECT", description: "old", options: ["Staging", "Prod", "QA"])],
        enabled: [Snippet.api: [2]]
    )

    @Test func optionAddsAndRenamesRunBeforeTheUpdateAndRemovalsAfterIt() throws {
        let operations = try Self.graph(Self.optionYAML, Self.optionRemote)
        let add = try Self.find("add option \"Dev\"", in: operations)
        let rename = try Self.find("rename option \"Prod\" to \"Production\"", in: operations)
        let update = try Self.find(": update", in: operations)
        let remove = try Self.find("remove option \"QA\"", in: operations)
        #expect(Self.waits(update, for: add, in: operations))
        #expect(Self.waits(update, for: rename, in: operations))
        // A removal never runs before the adds: the server refuses to remove a last option.
        #expect(Self.waits(remove, for: add, in: operations))
        #expect(Self.waits(remove, for: update, in: operations))
        #expect(!Self.waits(add, for: remove, in: operations))
        #expect(add.dependencies.isEmpty && rename.dependencies.isEmpty)
    }

    @Test func enablementChangesWaitForEveryCallOnTheField() throws {
        let operations = try Self.graph(Self.optionYAML, Self.optionRemote)
        let enable = try Self.find("enable in WEB", in: operations)
        let disable = try Self.find("disable in API", in: operations)
        for call in operations where call.summary.contains("option") || call.summary.hasSuffix(": update") {
            #expect(Self.waits(enable, for: call, in: operations), "enable does not wait for \(call.summary)")
            #expect(Self.waits(disable, for: call, in: operations), "disable does not wait for \(call.summary)")
        }
    }

    @Test func createComesBeforeItsEnablesAndNeedsNoOptionCalls() throws {
        let operations = try Self.graph(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: SINGLE_SELECT, options: [Chrome, Firefox]}]
            """, Snippet.remote([]))
        #expect(operations.map(\.summary) == ["EXECUTION/Browser: create", "EXECUTION/Browser: enable in WEB (10000)"])
        #expect(operations[1].dependencies == [operations[0].id])
        #expect(operations[0].dependencies.isEmpty)
    }

    @Test func deletesAreOneBulkCallThatReplacementsWaitFor() throws {
        let operations = try Self.graph(
            """
            settings: {prune: true}
            # file: web.yaml
            project: WEB
            fields: [{name: Result, entity: EXECUTION, type: SINGLE_SELECT, options: [Pass, Fail]}, {name: Notes, entity: EXECUTION, type: TEXT}]
            """,
            Snippet.remote(
                [Snippet.field(4, "Result"), Snippet.field(5, "Legacy"), Snippet.field(6, "Other")],
                enabled: [Snippet.web: [4]]))
        let delete = try Self.find("delete 3 fields", in: operations)
        let replacement = try Self.find("Result: create (replacement)", in: operations)
        let create = try Self.find("Notes: create", in: operations)
        #expect(Self.waits(replacement, for: delete, in: operations))
        // Under the field limit, an unrelated create does not wait for the background delete.
        #expect(!Self.waits(create, for: delete, in: operations))
        #expect(operations.filter { $0.summary.contains("delete") }.count == 1)
    }

    @Test func createsOverTheFieldLimitWaitForDeletes() throws {
        let operations = try Self.graph(
            """
            settings: {prune: true}
            # file: web.yaml
            project: WEB
            fields: [{name: Fresh, entity: TESTSTEP, type: TEXT}]
            """, Snippet.remote((1...4).map { Snippet.field($0, "Old \($0)", .testStep) }))
        let delete = try Self.find("delete 4 fields", in: operations)
        let create = try Self.find("TESTSTEP/Fresh: create", in: operations)
        #expect(Self.waits(create, for: delete, in: operations))
    }

    @Test func anEntityChangeCreatesTheReplacementOnlyAfterTheOldFieldIsGone() throws {
        // The new field has another key than the one deleted, so only the replace itself orders them.
        let operations = try Self.graph(
            """
            project: WEB
            fields: [{name: Notes, entity: TESTSTEP, type: TEXT}]
            """, Snippet.remote([Snippet.field(5, "Notes")]))
        let delete = try Self.find("delete", in: operations)
        let create = try Self.find("TESTSTEP/Notes: create (replacement)", in: operations)
        #expect(Self.waits(create, for: delete, in: operations))
    }

    @Test func renamesWaitForNothing() throws {
        let operations = try Self.graph(
            """
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT, previously: [Web browser]}]
            """, Snippet.remote([Snippet.field(7, "Web browser")], enabled: [Snippet.web: [7]]))
        #expect(operations.map(\.summary) == ["EXECUTION/Browser: update"])
        #expect(operations[0].dependencies.isEmpty)
    }
}
