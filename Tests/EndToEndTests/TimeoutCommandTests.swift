import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 13, through the binary: a server that accepts connections and never answers ends
/// `plan` with one sentence well within a minute (before: about 150 s of silence).
@Suite struct TimeoutCommandTests {
    /// A socket listening on 127.0.0.1 that is never accepted from: the kernel completes each
    /// connection and buffers the request, and no answer ever comes.
    private final class SilentListener {
        let descriptor: Int32
        let port: Int

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                    bind(descriptor, generic, length) == 0 && listen(descriptor, 16) == 0
                        && getsockname(descriptor, generic, &length) == 0
                }
            }
            guard bound else {
                close(descriptor)
                throw POSIXError(.EADDRINUSE)
            }
            self.descriptor = descriptor
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }
    }

    @Test(.timeLimit(.minutes(1)))
    func aServerThatNeverAnswersEndsThePlanInOneSentence() async throws {
        let listener = try SilentListener()
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await BinaryRunner.runAsync(
            [
                "plan", Paths.multiProject, "--server", "http://127.0.0.1:\(listener.port)", "--timeout", "1",
                "--no-color",
            ],
            in: Paths.root, environment: ["ZEPHYR_TOKEN": "t0ken"])
        let elapsed = clock.now - start
        withExtendedLifetime(listener) {}
        #expect(result.exitCode == 1)
        #expect(
            result.stderr == "error: the server at http://127.0.0.1:\(listener.port) did not answer within 1 s "
                + "(list Jira projects); check that it is up and reachable, or allow more time with --timeout.\n",
            "\(result.stderr)")
        // Two tries of 1 s; loose because the suite shares two busy cores.
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }
}
