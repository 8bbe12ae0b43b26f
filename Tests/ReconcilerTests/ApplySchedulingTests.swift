import TestSupport
import Testing
import ZephyrBackends
import ZephyrDomain

@testable import Reconciler

/// How many calls run at once, and that Ctrl-C stops new ones: checked on the calls a backend
/// receives. (Found missing by scripts/mutation-check.)
@Suite struct ApplySchedulingTests {
    /// Records the calls it runs and the most that ran at the same time; each call takes a moment.
    final class SlowBackend: FieldBackend {
        let capabilities = SquadBackend.capabilities
        let executed = Locked<[String]>([])
        let running = Locked(0)
        let peak = Locked(0)
        /// Called as each call starts.
        let onStart: @Sendable () -> Void

        init(onStart: @escaping @Sendable () -> Void = {}) { self.onStart = onStart }

        func projects() async throws(ReconcilerError) -> [ProjectRef] { Snippet.projects }
        func readState(
            projects: [ProjectRef], entities: Set<EntityType>, progress: ProgressTracker
        ) async throws(ReconcilerError) -> RemoteState {
            Snippet.remote([])
        }
        func checkPermissions(for plan: Plan) async throws(ReconcilerError) {}
        func execute(_ operation: ApplyOperation, context: ApplyContext) async throws -> String? {
            let now = running.withLock {
                $0 += 1
                return $0
            }
            peak.withLock { $0 = max($0, now) }
            executed.withLock { $0.append(operation.summary) }
            onStart()
            try? await Task.sleep(for: .milliseconds(30))
            running.withLock { $0 -= 1 }
            return nil
        }
        func close() async {}
    }

    /// Ten independent creates.
    static func tenCreates() throws -> Plan {
        let fields = (1...10).map { "  - {name: F\($0), entity: EXECUTION, type: TEXT}" }.joined(separator: "\n")
        return try Snippet.plan("fields:\n\(fields)\n", Snippet.remote([]))
    }

    @Test func neverRunsMoreCallsAtOnceThanTheParallelism() async throws {
        let backend = SlowBackend()
        let result = await Applier(backend: backend, parallelism: 3)
            .apply(try Self.tenCreates(), remote: Snippet.remote([]), limits: FieldRules.defaultLimits)
        #expect(result.succeeded)
        #expect(backend.executed.withLock { $0.count } == 10)
        #expect(backend.peak.withLock { $0 } == 3)
    }

    @Test func anInterruptStartsNoNewCalls() async throws {
        let cancellation = CancellationFlag()
        let backend = SlowBackend(onStart: { cancellation.cancel() })
        let result = await Applier(backend: backend, parallelism: 1)
            .apply(
                try Self.tenCreates(), remote: Snippet.remote([]), limits: FieldRules.defaultLimits,
                cancellation: cancellation)
        #expect(result.interrupted)
        #expect(backend.executed.withLock { $0 } == ["EXECUTION/F1: create"])
        #expect(result.done.count == 1)
    }
}
