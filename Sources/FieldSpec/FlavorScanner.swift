import ZephyrDomain

/// Finds the configuration's flavor before any file is decoded, because which entities, types
/// and options are legal depends on it, and the one settings block may be in any file.
///
/// Only a well-formed `settings: {flavor: squad|enterprise}` counts; anything else about the
/// block is reported later, by the file's own decoding, so nothing is reported twice.
enum FlavorScanner {
    /// The flavor the files are checked against, and why.
    struct Decision {
        /// nil when nothing decides (the settings' value is invalid, or disagrees with the
        /// override; either is reported): the files are then checked only for what is wrong
        /// on both products.
        let flavor: ServerFlavor?
        /// Why this flavor, as messages say it: `settings flavor: squad`, `--flavor squad`.
        let reason: String
        /// How to switch to another flavor, for messages: `set flavor: enterprise`.
        let switchHint: (ServerFlavor) -> String
    }

    /// `roots` in any order. The first file by path whose settings name a flavor decides, as
    /// `SpecAssembler` keeps the first settings block (a second block is an error of its own).
    static func decide(
        _ roots: [(path: String, root: YAMLNode)], override: FlavorChoice?, into diagnostics: inout DiagnosticBag
    ) -> Decision {
        // The first by path among the few files with settings: sorting all 1,000 files' trees
        // by path showed in profiles.
        let written = roots.compactMap { file in settingsFlavor(in: file).map { (path: file.path, flavor: $0) } }
            .min { $0.path < $1.path }?.flavor
        guard let written else {
            return override.map(decision(for:))
                ?? Decision(
                    flavor: .squad, reason: "the default, as no settings name a flavor",
                    switchHint: { "set flavor: \($0.rawValue) in settings" })
        }
        guard let flavor = written.value else {
            // An invalid value, which FileDecoder reports: only an override can decide now.
            return override.map(decision(for:)) ?? unknown
        }
        if let override, override.flavor != flavor {
            diagnostics.error(
                "settings say flavor: \(flavor.rawValue), but \(override.origin) was given; remove one of them or make them agree",
                at: written.location)
            // Either flavor would bury that one error under the other's entity and type errors.
            return unknown
        }
        return Decision(
            flavor: flavor, reason: "settings flavor: \(flavor.rawValue)", switchHint: { "set flavor: \($0.rawValue)" })
    }

    private static var unknown: Decision { Decision(flavor: nil, reason: "", switchHint: { _ in "" }) }

    private static func decision(for choice: FlavorChoice) -> Decision {
        Decision(
            flavor: choice.flavor, reason: choice.origin,
            switchHint: { "choose \($0.rawValue) instead of \(choice.origin)" })
    }

    /// The `flavor` value of the file's settings block (a nil value when it names no flavor),
    /// or nil when the file has no such key.
    private static func settingsFlavor(in file: (path: String, root: YAMLNode)) -> (
        value: ServerFlavor?, location: SourceLocation
    )? {
        guard let settings = value(of: "settings", in: file.root), let node = value(of: "flavor", in: settings) else {
            return nil
        }
        let location = SourceLocation(file: file.path, mark: node.mark)
        guard case .scalar(let scalar) = node, case .string(let text) = ScalarKind(scalar) else {
            return (nil, location)
        }
        return (ServerFlavor(rawValue: text), location)
    }

    /// A mapping's value under a text key, compared as `NodeReader` reads keys (not by tag).
    private static func value(of key: String, in node: YAMLNode) -> YAMLNode? {
        guard case .mapping(let mapping, _) = node else { return nil }
        return mapping.first { pair in
            if case .scalar(let scalar) = pair.key, case .string(key) = ScalarKind(scalar) { return true }
            return false
        }?.value
    }
}
