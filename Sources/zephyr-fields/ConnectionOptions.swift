import ArgumentParser
import FieldSpec
import Foundation
import ZephyrBackends
import ZephyrClient
import ZephyrDomain

/// How to reach the server: shared by plan, apply, drift and export.
struct ConnectionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Jira base URL (Squad) or Zephyr Enterprise root URL, or simulator:PATH for the embedded simulator with its state in PATH (default: $ZEPHYR_URL).",
            valueName: "url"))
    var server: String?

    @Option(
        help: ArgumentHelp(
            "Server product: squad (Zephyr Squad Server/Data Center) or enterprise (Zephyr Enterprise). Default: $ZEPHYR_FLAVOR, else the configuration's settings (flavor:), else squad.",
            valueName: "product"))
    var flavor: ServerFlavor?

    @Option(
        help: ArgumentHelp(
            "Authentication: bearer ($ZEPHYR_TOKEN), basic ($ZEPHYR_USER and $ZEPHYR_PASSWORD) or cookie (Enterprise session). Default: whichever variables are set.",
            valueName: "method"))
    var auth: AuthMode?

    @Option(
        name: .customLong("ca-cert"),
        help: ArgumentHelp("PEM file of a CA to trust (for a private CA).", valueName: "file"))
    var caCertificate: String?

    @Flag(help: "Do not verify the server's TLS certificate. Only for testing.")
    var insecure = false

    @Option(help: "At most this many requests in flight at once.")
    var parallelism: Int = 8

    @Flag(help: "Trace every HTTP request, and how requests are paced, to standard error (credentials redacted).")
    var verbose = false

    @Option(
        help: ArgumentHelp(
            "Give up on a request the server has not answered after this long (tried twice).", valueName: "seconds"))
    var timeout: Double = 20

    @Option(
        name: .customLong("retry-budget"),
        help: ArgumentHelp(
            "How long one request may keep waiting while the server answers 429 (rate limited) or 503.",
            valueName: "seconds"))
    var retryBudget: Double = 300

    /// The product asked for on the command line, else in the environment (checked by `validate()`).
    var flavorChoice: FlavorChoice? {
        try? FlavorChoice.choose(option: flavor, environment: ProcessInfo.processInfo.environment)
    }

    /// The options as the library takes them, for a configuration written for `configured`.
    func settings(configured: ServerFlavor? = nil) -> ConnectionSettings {
        ConnectionSettings(
            server: server, flavor: flavorChoice?.flavor ?? configured ?? .squad, auth: auth,
            caCertificate: caCertificate, insecure: insecure,
            parallelism: parallelism, verbose: verbose,
            timeout: .milliseconds(Int(timeout * 1000)), retryBudget: .milliseconds(Int(retryBudget * 1000))
        )
    }

    func validate() throws {
        do {
            _ = try FlavorChoice.choose(option: flavor, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError("\(error).")
        }
        guard parallelism >= 1, parallelism <= 64 else {
            throw ValidationError("--parallelism must be between 1 and 64.")
        }
        guard timeout >= 0.1, timeout <= 3600 else {
            throw ValidationError("--timeout must be between 0.1 and 3600 seconds.")
        }
        guard retryBudget >= 0, retryBudget <= 86400 else {
            throw ValidationError("--retry-budget must be between 0 and 86400 seconds.")
        }
    }
}

extension ServerFlavor: ExpressibleByArgument {}
extension AuthMode: ExpressibleByArgument {}
