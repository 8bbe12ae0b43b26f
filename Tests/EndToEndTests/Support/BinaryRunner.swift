import Foundation
import TestSupport

/// Runs the built `zephyr-fields` binary the way a user or CI would, capturing everything.
struct CommandResult: Sendable {
    let exitCode: Int32
    let stdout: String
    let stderr: String
}

enum BinaryRunner {
    /// The products directory: the test bundle sits next to the built executable.
    static var productsDirectory: URL {
        #if os(macOS)
            for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        return Bundle.main.bundleURL
    }

    static var executable: URL { productsDirectory.appendingPathComponent("zephyr-fields") }

    /// Runs the binary with `arguments`, in `directory`, with `environment` added to a clean
    /// environment (no ZEPHYR_* leaks in from the developer's shell). Bounded by `timeout`.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: String? = nil, timeout: TimeInterval = 120
    ) throws -> CommandResult {
        let process = makeProcess(arguments, in: directory, environment: environment)
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        let outData = Locked(Data())
        let errData = Locked(Data())
        let group = DispatchGroup()
        for (handle, sink) in [(out.fileHandleForReading, outData), (err.fileHandleForReading, errData)] {
            group.enter()
            DispatchQueue.global().async {
                let data = handle.readDataToEndOfFile()
                sink.withLock { $0 = data }
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw CocoaError(
                .executableLoad,
                userInfo: [NSLocalizedDescriptionKey: "zephyr-fields \(arguments) ran past \(timeout) s"])
        }
        process.waitUntilExit()
        return CommandResult(
            exitCode: process.terminationStatus,
            stdout: String(decoding: outData.withLock { $0 }, as: UTF8.self),
            stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self)
        )
    }

    /// The binary with `arguments`, in `directory`, with `environment` added to a clean
    /// environment (no ZEPHYR_* leaks in from the developer's shell); not started.
    static func makeProcess(_ arguments: [String], in directory: URL?, environment: [String: String]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ZEPHYR_") && $0.key != "NO_COLOR" }
        env.merge(environment) { _, new in new }
        process.environment = env
        return process
    }

    /// At most two children at once. Each is a debug binary busy on a core; more of them starved
    /// this process (which hosts the simulators answering them, and every other suite) for ~20 s
    /// at a time on a 2-core machine, so unrelated loopback requests timed out.
    private static let children = DispatchSemaphore(value: 2)

    /// `run` without blocking a thread of the cooperative pool while the child runs: tests that
    /// host the HTTP simulator in this process need those threads to answer the child.
    static func runAsync(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: String? = nil, timeout: TimeInterval = 120
    ) async throws -> CommandResult {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                children.wait()
                defer { children.signal() }
                continuation.resume(
                    with: Result {
                        try run(arguments, in: directory, environment: environment, stdin: stdin, timeout: timeout)
                    })
            }
        }
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zf-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
