import Foundation
import ZephyrDomain

/// Applies a plan: runs its operations in dependency order through the backend, at most
/// `parallelism` at once, reporting each as it finishes. Never throws: failures are part of the
/// result, and everything that depended on a failed operation is reported as not started.
package struct Applier: Sendable {
    let backend: any FieldBackend
    let parallelism: Int
    let progress: ProgressTracker

    package init(backend: any FieldBackend, parallelism: Int, progress: ProgressTracker = ProgressTracker()) {
        self.backend = backend
        self.parallelism = max(1, parallelism)
        self.progress = progress
    }

    package func apply(
        _ plan: Plan, remote: RemoteState, limits: [EntityType: Int],
        cancellation: CancellationFlag = CancellationFlag(),
        progress: @escaping @Sendable (ApplyEvent) -> Void = { _ in }
    ) async -> ApplyResult {
        let operations = OperationGraph(
            plan: plan, remote: remote, limits: limits, capabilities: backend.capabilities
        ).operations
        var schedule = ApplySchedule(operations)
        var log = ApplyLog(operations: operations, progress: progress)
        self.progress.begin("applying", unit: "calls", total: operations.count)
        let (backend, context, parallelism) = (self.backend, ApplyContext(), self.parallelism)

        await withTaskGroup(of: Finished.self) { group in
            var running = 0
            while true {
                while running < parallelism, !cancellation.isCancelled, let operation = schedule.next() {
                    running += 1
                    group.addTask { await Finished(running: operation, on: backend, context: context) }
                }
                guard let finished = await group.next() else { break }
                running -= 1
                log.record(finished.id, finished.outcome)
                self.progress.advance()
                if case .success = finished.outcome { schedule.complete(finished.id) }
            }
        }
        return log.result(notStarted: schedule.unfinished, interrupted: cancellation.isCancelled)
    }
}

/// One operation's outcome, as a child task hands it back to the scheduler.
struct Finished: Sendable {
    let id: Int
    let outcome: Result<String?, ApplyFailure>

    /// Runs `operation` through `backend`; a failure becomes its one-sentence message.
    init(running operation: ApplyOperation, on backend: any FieldBackend, context: ApplyContext) async {
        id = operation.id
        do {
            outcome = .success(try await backend.execute(operation, context: context))
        } catch {
            outcome = .failure(ApplyFailure(error))
        }
    }
}

/// Which operations may start: those whose dependencies all succeeded.
struct ApplySchedule {
    private let operations: [ApplyOperation]
    private var waitingOn: [Int]
    private var dependents: [[Int]]
    private var ready: [Int]
    private var started = Set<Int>()
    private var succeeded = Set<Int>()

    init(_ operations: [ApplyOperation]) {
        self.operations = operations
        waitingOn = operations.map(\.dependencies.count)
        dependents = Array(repeating: [], count: operations.count)
        for operation in operations {
            for dependency in operation.dependencies { dependents[dependency].append(operation.id) }
        }
        ready = operations.filter(\.dependencies.isEmpty).map(\.id)
    }

    /// The next operation to start, in graph order, or nil when none is ready.
    mutating func next() -> ApplyOperation? {
        guard !ready.isEmpty else { return nil }
        let id = ready.removeFirst()
        started.insert(id)
        return operations[id]
    }

    mutating func complete(_ id: Int) {
        succeeded.insert(id)
        for dependent in dependents[id] {
            waitingOn[dependent] -= 1
            if waitingOn[dependent] == 0 { ready.append(dependent) }
        }
    }

    /// Operations never started: after a failure they depended on, or an interrupt.
    var unfinished: [ApplyOperation] { operations.filter { !started.contains($0.id) } }
}

/// The failure of one operation, as the one sentence the report shows.
struct ApplyFailure: Error {
    let message: String

    init(_ error: any Error) {
        message =
            (error as? LocalizedError)?.errorDescription ?? "the call failed without an explanation from the server"
    }
}
