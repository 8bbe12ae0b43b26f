import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the binary with a pseudo-terminal as its standard input, the way a person runs
/// `apply` without `--auto-approve`, and types `answer` once the prompt has shown.
enum TerminalRunner {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Whether this machine can open a pseudo-terminal (containers sometimes cannot).
    static let isAvailable: Bool = {
        guard let (terminal, keyboard) = openPair() else { return false }
        close(terminal)
        close(keyboard)
        return true
    }()

    /// A pseudo-terminal: the side this process types on, and the side the child reads.
    /// posix_openpt and friends are not visible to Swift, nor are the ioctl macros they wrap:
    /// TIOCSPTLCK and TIOCGPTN, by value (Linux's generic ioctl numbering, x86_64 and arm64).
    private static func openPair() -> (terminal: CInt, keyboard: CInt)? {
        let terminal = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { return nil }
        var locked: CInt = 0
        var number: CUnsignedInt = 0
        let keyboard =
            ioctl(terminal, 0x4004_5431, &locked) == 0 && ioctl(terminal, 0x8004_5430, &number) == 0
            ? open("/dev/pts/\(number)", O_RDWR | O_NOCTTY) : -1
        guard keyboard >= 0 else {
            close(terminal)
            return nil
        }
        return (terminal, keyboard)
    }

    /// - Parameter pause: how long the prompt waits for the answer (a reviewer reading the plan).
    static func run(
        _ arguments: [String], environment: [String: String], answer: String, pause: Duration = .milliseconds(500),
        timeout: Duration = .seconds(60)
    ) async throws -> CommandResult {
        guard let (terminal, keyboard) = openPair() else {
            throw Failure(description: "no pseudo-terminal available (/dev/ptmx, /dev/pts)")
        }
        defer { close(terminal) }

        let process = BinaryRunner.makeProcess(arguments, in: Paths.root, environment: environment)
        let (out, err) = (Pipe(), Pipe())
        let (outData, errData) = (Locked(Data()), Locked(Data()))
        for (pipe, sink) in [(out, outData), (err, errData)] {
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let chunk = handle.availableData
                sink.withLock { $0.append(chunk) }
            }
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle(fileDescriptor: keyboard, closeOnDealloc: true)
        try process.run()

        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        func text(_ data: Locked<Data>) -> String { String(decoding: data.withLock { $0 }, as: UTF8.self) }
        while !text(outData).contains("Enter a value:") {
            guard process.isRunning, clock.now < deadline else {
                process.terminate()
                throw Failure(description: "no prompt; stdout: \(text(outData)) stderr: \(text(errData))")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        try await Task.sleep(for: pause)
        let typed = Array(answer.utf8)
        guard write(terminal, typed, typed.count) == typed.count else { throw Failure(description: "typing failed") }
        while process.isRunning {
            guard clock.now < deadline else {
                process.terminate()
                throw Failure(description: "still running after the answer; stdout: \(text(outData))")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        // The last output may still be in the pipes after the exit.
        for (pipe, sink) in [(out, outData), (err, errData)] {
            pipe.fileHandleForReading.readabilityHandler = nil
            let rest = pipe.fileHandleForReading.readDataToEndOfFile()
            sink.withLock { $0.append(rest) }
        }
        return CommandResult(exitCode: process.terminationStatus, stdout: text(outData), stderr: text(errData))
    }
}
