import Foundation
import ZephyrDomain

/// Applies a plan: runs its operations in dependency order through the backend, at most
/// `parallelism` at once, reporting each as it finishes. Never throws: failures are part of the
/// result, and everything that depended on a failed operation is reported as not started.
public struct Applier: Sendable {
    let backend: any FieldBackend
    let parallelism: Int
    let progress: ProgressTracker

    public init(backend: any FieldBackend, parallelism: Int, progress: ProgressTracker = ProgressTracker()) {
        self.backend = backend
        self.parallelism = max(1, parallelism)
        self.progress = progress
    }

    public func apply(
        _ plan: Plan, remote: RemoteState, limits: [EntityType: Int],
        cancellation: CancellationFlag = CancellationFlag(),
        progress: @escaping @Sendable (ApplyEvent) -> Void = { _ in }
    ) async -> ApplyResult {
        let operations = OperationGraph(plan: plan, remote: remote, limits: limits).operations
        var schedule = ApplySchedule(operations)
        var log = ApplyLog(operations: operations, progress: progress)
        self.progress.begin("applying", unit: "calls", total: operations.count)
        let (backend, context, parallelism) = (self.backend, ApplyContext(), self.parallelism)

        await withTaskGroup(of: (id: Int, outcome: Result<String?, ApplyFailure>).self) { group in
            var running = 0
            func startReady() {
                while running < parallelism, !cancellation.isCancelled, let operation = schedule.next() {
                    running += 1
                    group.addTask {
                        do {
                            return (operation.id, .success(try await backend.execute(operation, context: context)))
                        } catch {
                            return (operation.id, .failure(ApplyFailure(error)))
                        }
                    }
                }
            }
            startReady()
            while let (id, outcome) = await group.next() {
                running -= 1
                log.record(id, outcome)
                self.progress.advance()
                if case .success = outcome { schedule.complete(id) }
                startReady()
            }
        }
        return log.result(notStarted: schedule.unfinished, interrupted: cancellation.isCancelled)
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
