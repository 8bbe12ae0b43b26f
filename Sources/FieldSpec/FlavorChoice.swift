import ZephyrDomain

/// A flavor chosen outside the YAML (`--flavor`, `ZEPHYR_FLAVOR`), with how it was chosen so
/// messages can quote the user's own words back.
package struct FlavorChoice: Sendable, Hashable {
    package let flavor: ServerFlavor
    /// How the user chose it, as a message quotes it: `--flavor enterprise`, `ZEPHYR_FLAVOR=enterprise`.
    package let origin: String

    package init(_ flavor: ServerFlavor, origin: String) {
        self.flavor = flavor
        self.origin = origin
    }

    /// Chosen with the `--flavor` option.
    package static func option(_ flavor: ServerFlavor) -> FlavorChoice {
        FlavorChoice(flavor, origin: "--flavor \(flavor.rawValue)")
    }

    /// Chosen with the `ZEPHYR_FLAVOR` environment variable.
    package static func environment(_ flavor: ServerFlavor) -> FlavorChoice {
        FlavorChoice(flavor, origin: "\(environmentVariable)=\(flavor.rawValue)")
    }

    package static let environmentVariable = "ZEPHYR_FLAVOR"

    /// The option when given, else `ZEPHYR_FLAVOR` when set and not empty, else nil (the YAML
    /// or the default decides). A variable naming no flavor is an error, not silently ignored:
    /// it would otherwise validate an Enterprise configuration as Squad.
    package static func choose(option: ServerFlavor?, environment: [String: String]) throws(BadEnvironment)
        -> FlavorChoice?
    {
        if let option { return .option(option) }
        guard let text = environment[environmentVariable], !text.isEmpty else { return nil }
        guard let flavor = ServerFlavor(rawValue: text) else { throw BadEnvironment(value: text) }
        return .environment(flavor)
    }

    /// `ZEPHYR_FLAVOR` holds something other than a flavor.
    package struct BadEnvironment: Error, Sendable, Hashable, CustomStringConvertible {
        package let value: String

        package init(value: String) {
            self.value = value
        }

        package var description: String {
            "\(FlavorChoice.environmentVariable) must be squad or enterprise; found \"\(value)\""
        }
    }
}
