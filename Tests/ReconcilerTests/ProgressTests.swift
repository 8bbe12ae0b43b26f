import FieldSpec
import TestSupport
import Testing
import ZephyrDomain

@testable import Reconciler

/// Long runs are never silent: reads and calls are counted, and the ticker prints them.
@Suite struct ProgressTests {
    @Test func lineSaysWhatIsHappeningAndHowFar() {
        let snapshot = ProgressTracker.Snapshot(phase: "reading the server", unit: "requests", done: 120, total: 403)
        #expect(
            ProgressTicker.line(snapshot, elapsed: .milliseconds(10_400))
                == "Still reading the server: 120 of 403 requests done [10s elapsed]")
        #expect(
            ProgressTicker.line(ProgressTracker.Snapshot(phase: "", unit: "", done: 0, total: 0), elapsed: .seconds(20))
                == nil)
    }

    @Test func periodicTickerPrintsNewLinesUntilStopped() async throws {
        let tracker = ProgressTracker()
        let written = Locked<[String]>([])
        let ticker = ProgressTicker(tracker, style: .periodic(interval: .milliseconds(20))) { text in
            written.withLock { $0.append(text) }
        }
        tracker.begin("applying", unit: "calls", total: 3)
        tracker.advance()
        // Bounded wait: a loaded machine may schedule the ticker late, never not at all.
        let deadline = ContinuousClock.now + .seconds(10)
        while written.withLock({ $0.count }) < 2, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        await ticker.stop()
        let lines = written.withLock { $0 }
        #expect(lines.count >= 2)
        #expect(lines.allSatisfy { $0.hasPrefix("Still applying: 1 of 3 calls done [") && $0.hasSuffix(" elapsed]\n") })
        try await Task.sleep(for: .milliseconds(60))
        #expect(written.withLock { $0 }.count == lines.count, "a stopped ticker printed again")
    }

    @Test func trackerNeverCountsPastTheTotal() {
        let tracker = ProgressTracker()
        tracker.begin("applying", unit: "calls", total: 1)
        tracker.advance()
        tracker.advance()
        #expect(tracker.snapshot.done == 1)
    }

    @Test func squadReadsAndAppliesReportEveryStep() async throws {
        let harness = try await SimulatorHarness.start(http: false)
        defer { Task { await harness.stop() } }
        let spec = try Snippet.spec(
            """
            # file: web.yaml
            project: WEB
            fields: [{name: Browser, entity: EXECUTION, type: TEXT}]
            # file: api.yaml
            project: API
            fields: [{name: Browser, entity: EXECUTION}]
            """)
        let progress = ProgressTracker()
        let reconciliation = Reconciliation(backend: harness.backend, parallelism: 4, progress: progress)
        let result = try await reconciliation.plan(spec)
        // 2 global lists + 1 managed entity (EXECUTION) x 2 projects.
        #expect(
            progress.snapshot
                == ProgressTracker.Snapshot(phase: "reading the server", unit: "requests", done: 4, total: 4))
        _ = await Applier(backend: harness.backend, parallelism: 4, progress: progress)
            .apply(result.plan, remote: result.remote, limits: spec.settings.fieldLimits)
        #expect(progress.snapshot == ProgressTracker.Snapshot(phase: "applying", unit: "calls", done: 3, total: 3))
    }
}
