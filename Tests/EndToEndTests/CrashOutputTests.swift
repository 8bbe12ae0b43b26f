import Foundation
import Testing

/// Issue 15: a crash printed the runtime's registers and memory (which can hold credentials)
/// into CI logs. A fatal signal is delivered to the real binary from outside, so the product
/// carries no crash switch: the simulator command is used because it runs until stopped.
@Suite struct CrashOutputTests {
    /// What the crashed child showed.
    struct Crash: Sendable {
        let banner: String
        let terminationReason: Process.TerminationReason
        let terminationStatus: Int32
        let stderr: String
        let endedInTime: Bool
    }

    @Test(.timeLimit(.minutes(1)))
    func aFatalSignalPrintsOneSentenceAndNoMemory() async throws {
        // The child is watched from a dispatch thread: waiting on it here would hold one of the
        // two threads every other async test of this process runs on, for many seconds.
        let crash = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try Self.crashTheSimulator() }) }
        }
        #expect(crash.banner.hasPrefix("Zephyr simulator listening on http://127.0.0.1:"))
        #expect(crash.endedInTime, "the process did not end within 20 s of SIGSEGV")
        #expect(crash.terminationReason == .uncaughtSignal)
        #expect(crash.terminationStatus == SIGSEGV)
        #expect(
            crash.stderr
                == "zephyr-fields: internal error: the tool crashed. No backtrace is printed, to keep memory "
                + "(which can hold credentials) out of logs; run again with ZEPHYR_FIELDS_BACKTRACE=1 to get one for a bug report.\n"
        )
    }

    static func crashTheSimulator() throws -> Crash {
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["simulator", "--port", "0"]
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ZEPHYR_") }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The banner says the process is up and its handlers are installed.
        var banner = ""
        while !banner.contains("\n") {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            banner += String(decoding: data, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGSEGV)
        // Bounded: the runtime's own backtracer (the behaviour replaced) took many seconds.
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        let endedInTime = !process.isRunning
        if !endedInTime { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Crash(
            banner: banner, terminationReason: process.terminationReason,
            terminationStatus: process.terminationStatus, stderr: stderr, endedInTime: endedInTime)
    }
}
