/// Reads typed values out of one file's node tree, reporting every mismatch at its node.
///
/// Everything is checked by hand on the `YAMLNode` tree (not `Codable`) so each problem keeps the
/// line and column of the node that caused it.
struct NodeReader {
    let file: String
    var diagnostics = DiagnosticBag()

    init(file: String) {
        self.file = file
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, mark: node.mark)
    }

    mutating func error(_ message: String, at node: YAMLNode) {
        diagnostics.error(message, at: location(of: node))
    }

    /// The entries of a mapping, keyed by their text, after reporting keys outside `allowed`.
    ///
    /// Duplicate keys never get here: Yams refuses them while composing. `refused` gives the
    /// message for a key that is known but not allowed here (nil for any other key); it is asked
    /// only about keys outside `allowed`, so the message is built only when it is shown.
    mutating func mapping(
        _ node: YAMLNode, allowed: [String], what: String, refused: (String) -> String? = { _ in nil }
    ) -> KeyedMapping? {
        guard case .mapping(let mapping, _) = node else {
            error(
                "\(what) must be a mapping with keys \(allowed.joined(separator: ", ")); found \(node.found)", at: node)
            return nil
        }
        var result = KeyedMapping(node: node)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, case .string(let name) = ScalarKind(scalar) else {
                error("keys must be text; found \(key.found)", at: key)
                continue
            }
            guard allowed.contains(name) else {
                if let message = refused(name) {
                    error(message, at: key)
                } else {
                    error(Self.unknownKey(name, allowed: allowed, in: what), at: key)
                    result.unknownKeys.append(name)
                }
                continue
            }
            result.append(name, key: key, value: value)
        }
        return result
    }

    /// The items of a list.
    mutating func list(_ node: YAMLNode, _ label: String) -> [YAMLNode]? {
        guard case .sequence(let sequence, _) = node else {
            error(
                "'\(label)' must be a list; found \(node.found)" + (node.isNull ? " (write [] for an empty list)" : ""),
                at: node)
            return nil
        }
        return sequence
    }

    /// A text value; numbers, booleans and null are refused rather than turned into text.
    mutating func string(_ node: YAMLNode, _ label: String) -> String? {
        var hint = ""
        if case .scalar(let scalar) = node {
            let kind = ScalarKind(scalar)
            if case .string(let text) = kind { return text }
            if kind.wantsQuotes { hint = " (quote it to use it as text)" }
        }
        error("'\(label)' must be text; found \(node.found)\(hint)", at: node)
        return nil
    }

    /// A whole number within `range`.
    mutating func integer(_ node: YAMLNode, _ label: String, in range: ClosedRange<Int>) -> Int? {
        guard case .scalar(let scalar) = node, case .integer(let value, _) = ScalarKind(scalar) else {
            error("'\(label)' must be a whole number; found \(node.found)", at: node)
            return nil
        }
        guard let value, range.contains(value) else {
            let bounds =
                range.upperBound == Int.max
                ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            error("'\(label)' must be \(bounds); found \(node.found)", at: node)
            return nil
        }
        return value
    }

    /// `true` or `false`, exactly: YAML 1.1's `yes`/`no`/`on`/`off` and other spellings are refused.
    mutating func boolean(_ node: YAMLNode, _ label: String) -> Bool? {
        guard case .scalar(let scalar) = node else {
            error("'\(label)' must be true or false; found \(node.found)", at: node)
            return nil
        }
        let kind = ScalarKind(scalar)
        switch kind {
        case .boolean(let value, "true"), .boolean(let value, "false"):
            return value
        case .boolean(_, let text):
            error(
                "'\(label)' must be true or false; found \(kind.found): write it in lower case, '\(text.lowercased())'",
                at: node)
        case .string(let text) where scalar.style == .plain && Self.yaml11Booleans.contains(text.lowercased()):
            error(
                "'\(label)' must be true or false; found \(kind.found): YAML 1.1 words like yes/no/on/off are not booleans here",
                at: node)
        case .string(let text) where ["true", "false"].contains(text.lowercased()):
            error("'\(label)' must be true or false; found \(kind.found): remove the quotes", at: node)
        default:
            error("'\(label)' must be true or false; found \(kind.found)", at: node)
        }
        return nil
    }

    private static let yaml11Booleans: Set<String> = ["yes", "no", "y", "n", "on", "off"]

    private static func unknownKey(_ key: String, allowed: [String], in what: String) -> String {
        var message = "unknown key '\(key)' in \(what); allowed keys: \(allowed.joined(separator: ", "))"
        if let suggestion = KeySuggestion.closest(to: key, among: allowed) {
            message += " (did you mean '\(suggestion)'?)"
        }
        return message
    }
}

/// A mapping's entries by key text, with the key nodes kept for locations.
struct KeyedMapping {
    let node: YAMLNode
    /// In the file's order. Keys are unique (Yams refuses duplicates) and a field has at most
    /// eight, so a list searched in order costs less than hashing every key of 20,000 mappings;
    /// the names are kept apart so a search compares text without copying nodes.
    private(set) var names: [String] = []
    private(set) var entries: [(key: YAMLNode, value: YAMLNode)] = []
    /// Keys that were refused as unknown (already reported, with a suggestion when close).
    var unknownKeys: [String] = []

    /// True when an unknown key was already reported as a misspelling of `key`: saying that
    /// `key` is missing too would report one typo twice.
    func misspells(_ key: String) -> Bool {
        unknownKeys.contains { KeySuggestion.closest(to: $0, among: [key]) != nil }
    }

    subscript(_ key: String) -> YAMLNode? { names.firstIndex(of: key).map { entries[$0].value } }

    /// The key and value nodes of `name`, or nil when the mapping does not have it.
    func entry(_ name: String) -> (key: YAMLNode, value: YAMLNode)? {
        names.firstIndex(of: name).map { entries[$0] }
    }

    mutating func append(_ name: String, key: YAMLNode, value: YAMLNode) {
        names.append(name)
        entries.append((key, value))
    }
}

extension YAMLNode {
    var isNull: Bool {
        if case .scalar(let scalar) = self, ScalarKind(scalar) == .null { return true }
        return false
    }
}
