import FieldSpec
import Foundation
import ZephyrClient
import ZephyrDomain

/// Applies a plan: runs its operations in dependency order, at most `parallelism` at once,
/// reporting each as it finishes. Never throws: failures are part of the result, and
/// everything that depended on a failed operation is reported as skipped.
public struct Applier: Sendable {
    let executor: OperationExecutor
    let parallelism: Int

    public init(api: any ZephyrFieldsAPI, parallelism: Int, timing: ApplyTiming = ApplyTiming()) {
        self.executor = OperationExecutor(api: api, timing: timing)
        self.parallelism = max(1, parallelism)
    }

    public func apply(
        _ plan: Plan, remote: RemoteState, limits: [EntityType: Int], cancellation: CancellationFlag = CancellationFlag(),
        progress: @escaping @Sendable (ApplyEvent) -> Void = { _ in }
    ) async -> ApplyResult {
        let graph = OperationGraph(plan: plan, remote: remote, limits: limits)
        let operations = graph.operations
        let clock = ContinuousClock()
        let start = clock.now
        let context = ApplyContext()
        func elapsed() -> Double {
            let duration = clock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }

        var waitingOn = operations.map(\.dependencies.count)
        var dependents = Array(repeating: [Int](), count: operations.count)
        for operation in operations {
            for dependency in operation.dependencies { dependents[dependency].append(operation.id) }
        }
        var ready = operations.filter(\.dependencies.isEmpty).map(\.id)
        var done: [ApplyEvent] = [], failed: [ApplyEvent] = []
        var finished = Set<Int>(), succeeded = Set<Int>()
        var counts = ApplyCounts()
        let executor = self.executor

        await withTaskGroup(of: (Int, String?, String?).self) { group in
            var running = 0
            func startReady() {
                while running < parallelism, !ready.isEmpty, !cancellation.isCancelled {
                    let operation = operations[ready.removeFirst()]
                    running += 1
                    group.addTask {
                        do {
                            let note = try await executor.run(operation, context: context)
                            return (operation.id, note, nil)
                        } catch {
                            return (operation.id, nil, (error as? LocalizedError)?.errorDescription ?? "\(error)")
                        }
                    }
                }
            }
            startReady()
            while let (id, note, failure) = await group.next() {
                running -= 1
                finished.insert(id)
                let operation = operations[id]
                if let failure {
                    let event = ApplyEvent(status: .failed, operation: operation.summary, detail: failure, elapsed: elapsed())
                    failed.append(event)
                    progress(event)
                } else {
                    let event = ApplyEvent(status: .done, operation: operation.summary, detail: note, elapsed: elapsed())
                    done.append(event)
                    succeeded.insert(id)
                    counts.record(operation)
                    progress(event)
                    for dependent in dependents[id] {
                        waitingOn[dependent] -= 1
                        if waitingOn[dependent] == 0 { ready.append(dependent) }
                    }
                }
                startReady()
            }
        }

        let skipped = operations.filter { !finished.contains($0.id) }.map { operation in
            let reason = cancellation.isCancelled ? "not started: interrupted" : "not started: an operation it depends on failed"
            let event = ApplyEvent(status: .skipped, operation: operation.summary, detail: reason, elapsed: elapsed())
            progress(event)
            return event
        }
        // A field counts once as updated however many of its attribute and option calls ran.
        counts.updated = Set(succeeded.map { operations[$0] }.filter(\.changesFieldInPlace).map(\.field.key)).count
        return ApplyResult(done: done, failed: failed, skipped: skipped, counts: counts, interrupted: cancellation.isCancelled)
    }
}

extension Operation {
    var changesFieldInPlace: Bool {
        switch kind {
        case .update, .addOption, .renameOption, .removeOption: true
        default: false
        }
    }
}

extension ApplyCounts {
    mutating func record(_ operation: Operation) {
        switch operation.kind {
        case .create(_, let replacing): if replacing { replaced += 1 } else { created += 1 }
        case .delete(let targets): deleted += targets.count
        case .setEnabled(let on, _): if on { enabled += 1 } else { disabled += 1 }
        default: break
        }
    }
}
