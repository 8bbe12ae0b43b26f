import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one child process cost, from its own `wait4` accounting (not the harness's, which
/// also runs the simulator).
struct ChildUsage: Sendable, Codable {
    var exitCode: Int32
    var wallSeconds: Double
    var userSeconds: Double
    var systemSeconds: Double
    /// Peak resident set size.
    var peakRSSBytes: Int

    var cpuSeconds: Double { userSeconds + systemSeconds }
}

struct ChildProcessError: Error, LocalizedError {
    let message: String
    var errorDescription: String? { message }
}

/// Spawns a program with `posix_spawn` and reaps it with `wait4`, which reports the child's
/// CPU time and peak RSS directly (`Process` does not expose them).
enum ChildProcess {
    /// Runs `executable` to completion with standard output and error written to files.
    static func run(
        _ executable: String, arguments: [String], environment: [String: String],
        stdoutPath: String, stderrPath: String
    ) async throws -> ChildUsage {
        let clock = ContinuousClock()
        let start = clock.now
        let pid = try spawn(
            executable, arguments: arguments, environment: environment, stdoutPath: stdoutPath, stderrPath: stderrPath)
        // wait4 blocks: do it on a dedicated thread, not on one of the (here: two) threads of
        // the cooperative pool the in-process simulator needs.
        let (status, usage) = await withCheckedContinuation {
            (continuation: CheckedContinuation<(Int32, rusage), Never>) in
            Thread {
                var status: Int32 = 0
                var usage = rusage()
                while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
                continuation.resume(returning: (status, usage))
            }.start()
        }
        let wall = clock.now - start
        return ChildUsage(
            exitCode: decode(status),
            wallSeconds: wall.seconds,
            userSeconds: seconds(usage.ru_utime),
            systemSeconds: seconds(usage.ru_stime),
            peakRSSBytes: peakRSS(usage))
    }

    private static func spawn(
        _ executable: String, arguments: [String], environment: [String: String],
        stdoutPath: String, stderrPath: String
    ) throws -> pid_t {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else {
            throw ChildProcessError(message: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// The exit code, or 128 + signal like a shell reports a killed process.
    private static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000
    }

    /// `ru_maxrss` is in kilobytes on Linux and in bytes on macOS.
    private static func peakRSS(_ usage: rusage) -> Int {
        #if os(Linux)
            Int(usage.ru_maxrss) * 1024
        #else
            Int(usage.ru_maxrss)
        #endif
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
