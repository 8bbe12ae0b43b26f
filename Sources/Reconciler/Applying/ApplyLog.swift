import ZephyrDomain

/// Collects what an apply did as it happens: one event per finished operation, sent to
/// `progress` at once, and the counts for the summary.
struct ApplyLog {
    private let operations: [ApplyOperation]
    private let progress: @Sendable (ApplyEvent) -> Void
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var done: [ApplyEvent] = []
    private var failed: [ApplyEvent] = []
    private var succeeded: [ApplyOperation] = []

    init(operations: [ApplyOperation], progress: @escaping @Sendable (ApplyEvent) -> Void) {
        self.operations = operations
        self.progress = progress
        start = clock.now
    }

    mutating func record(_ id: Int, _ outcome: Result<String?, ApplyFailure>) {
        let operation = operations[id]
        switch outcome {
        case .success(let note):
            let event = ApplyEvent(status: .done, operation: operation.summary, detail: note, elapsed: elapsed())
            done.append(event)
            succeeded.append(operation)
            progress(event)
        case .failure(let failure):
            let event = ApplyEvent(
                status: .failed, operation: operation.summary, detail: failure.message, elapsed: elapsed())
            failed.append(event)
            progress(event)
        }
    }

    func result(notStarted: [ApplyOperation], interrupted: Bool) -> ApplyResult {
        let reason = interrupted ? "not started: interrupted" : "not started: an operation it depends on failed"
        let skipped = notStarted.map { operation in
            let event = ApplyEvent(status: .skipped, operation: operation.summary, detail: reason, elapsed: elapsed())
            progress(event)
            return event
        }
        return ApplyResult(done: done, failed: failed, skipped: skipped, counts: counts, interrupted: interrupted)
    }

    private var counts: ApplyCounts {
        var counts = ApplyCounts()
        for operation in succeeded { counts.record(operation) }
        // A replace is one change: its delete is not counted once the replacement exists (a
        // replacement create only runs after the delete succeeded).
        counts.deleted -= counts.replaced
        // A field counts once as updated however many of its attribute and option calls ran.
        counts.updated = Set(succeeded.filter(\.changesFieldInPlace).map(\.field.key)).count
        return counts
    }

    private func elapsed() -> Double {
        let duration = clock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

extension ApplyOperation {
    var changesFieldInPlace: Bool {
        switch kind {
        case .update, .addOption, .renameOption, .removeOption, .writeOptions: true
        default: false
        }
    }
}

extension ApplyCounts {
    mutating func record(_ operation: ApplyOperation) {
        switch operation.kind {
        case .create(_, let replacing): if replacing { replaced += 1 } else { created += 1 }
        case .createScoped: created += 1
        case .delete(let targets): deleted += targets.count
        case .setEnabled(let on, _): if on { enabled += 1 } else { disabled += 1 }
        default: break
        }
    }
}
