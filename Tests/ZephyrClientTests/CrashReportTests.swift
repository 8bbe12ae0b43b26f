import Foundation
import Testing

@testable import ZephyrClient

/// Issue 15: a crash printed the runtime's register and memory dump into CI logs. The handler
/// is exercised in a child process (an exit test), so the product needs no crash switch.
@Suite struct CrashReportTests {
    @Test func aCrashPrintsOneSentenceAndStillDiesOfItsSignal() async throws {
        let result = await #expect(processExitsWith: .signal(SIGILL), observing: [\.standardErrorContent]) {
            CrashReport.install(environment: [:])
            // A Swift trap, as a failed precondition or a bad conversion would raise in the tool.
            let numbers = [Int]()
            _ = numbers[Int(getpid()) % 2 + 1]
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("zephyr-fields: internal error: the tool crashed. No backtrace is printed"))
        #expect(!stderr.contains("Registers"))
        #expect(!stderr.contains("Thread 0"))
    }

    @Test func theEnvironmentCanAskForTheFullBacktrace() {
        #expect(CrashReport.install(environment: [CrashReport.optInVariable: "1"]) == false)
    }
}
