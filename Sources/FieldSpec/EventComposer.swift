import CYaml

/// Builds a file's `YAMLNode` tree straight from libyaml's events, in one pass that also finds
/// anchors and aliases; anything it does not decide itself is left to Yams.
///
/// Why events, and why first: Yams composes aliases by sharing nodes but hashes mapping keys
/// recursively to find duplicates, so an alias bomb used as a key ("billion laughs") would take
/// exponential time inside Yams. Field specs have no use for anchors, so the first anchor or
/// alias in the stream is refused before Yams ever sees the file. Only the parser knows where a
/// node starts (a lexical scan missed anchors in flow style), and Yams 6 keeps its event reader
/// private, so this drives the libyaml that Yams builds (CYaml) directly.
///
/// Why build the tree here too: the same pass has every event a tree needs, and composing
/// through Yams was most of the CPU of loading 1,000 project files (Yams allocates an event
/// object and a tag object per node and hashes every mapping's keys; docs/benchmarks.md).
///
/// What is left to Yams, so its errors keep their exact wording and position: a stream libyaml
/// cannot parse, a second document, a mapping whose keys repeat a text or are not all scalars.
enum EventComposer {
    /// An anchor (`&name`) or alias (`*name`) and where its node starts.
    struct AnchorHit: Equatable {
        let line: Int
        let column: Int
        let indicator: Character
    }

    enum Outcome {
        /// The only document's root.
        case document(YAMLNode)
        /// The stream has no document: only comments, or nothing.
        case noDocument
        /// The first anchor or alias, found before anything else was decided.
        case anchor(AnchorHit)
        /// Yams must compose this file: it reports the error, or decides the keys.
        case askYams
    }

    static func compose(_ text: String) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .askYams }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var tree = TreeBuilder()
            while true {
                var event = yaml_event_t()
                // A parse error is Yams' to report; any anchor after it was never reached.
                guard yaml_parser_parse(&parser, &event) == 1 else { return .askYams }
                defer { yaml_event_delete(&event) }
                if let hit = anchorHit(in: event) { return .anchor(hit) }
                if event.type == YAML_STREAM_END_EVENT { return tree.outcome }
                tree.add(event)
            }
        }
    }

    /// An alias event, or a node event that declares an anchor. libyaml marks are 0-based and a
    /// node's start mark is its anchor's (or tag's) position when it has one.
    private static func anchorHit(in event: yaml_event_t) -> AnchorHit? {
        let anchored: Bool
        switch event.type {
        case YAML_ALIAS_EVENT:
            return AnchorHit(
                line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1, indicator: "*")
        case YAML_SCALAR_EVENT: anchored = event.data.scalar.anchor != nil
        case YAML_SEQUENCE_START_EVENT: anchored = event.data.sequence_start.anchor != nil
        case YAML_MAPPING_START_EVENT: anchored = event.data.mapping_start.anchor != nil
        default: anchored = false
        }
        guard anchored else { return nil }
        return AnchorHit(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1, indicator: "&")
    }
}

/// The lists and mappings open at the current event, innermost last (no recursion, so nesting
/// depth costs heap, not stack).
private struct TreeBuilder {
    private struct Open {
        let isMapping: Bool
        let mark: YAMLNode.Mark
        var items: [YAMLNode] = []
    }

    private var open: [Open] = []
    private var root: YAMLNode?
    private var documents = 0
    /// Set once something needs Yams; the events are still read to the end for anchors, which
    /// are refused before anything else, as when a separate pass looked for them first.
    private var needsYams = false

    var outcome: EventComposer.Outcome {
        if needsYams { return .askYams }
        guard let root else { return documents == 0 ? .noDocument : .askYams }
        return .document(root)
    }

    mutating func add(_ event: yaml_event_t) {
        guard !needsYams else { return }
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { needsYams = true }
        case YAML_SCALAR_EVENT:
            attach(.scalar(Self.scalar(event)))
        case YAML_SEQUENCE_START_EVENT:
            open.append(Open(isMapping: false, mark: Self.mark(event)))
        case YAML_MAPPING_START_EVENT:
            open.append(Open(isMapping: true, mark: Self.mark(event)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let closed = open.popLast() else { return }
            guard closed.isMapping else { return attach(.sequence(closed.items, closed.mark)) }
            guard let pairs = Self.pairs(closed.items) else {
                needsYams = true
                return
            }
            attach(.mapping(pairs, closed.mark))
        default:
            break
        }
    }

    private mutating func attach(_ node: YAMLNode) {
        if open.isEmpty {
            root = node
        } else {
            open[open.count - 1].items.append(node)
        }
    }

    /// Keys and values in order, or nil when Yams must decide about the keys: one that is not a
    /// scalar, or two with the same text (Yams' duplicate check also compares tags, and words
    /// its error with positions; both stay its call).
    private static func pairs(_ items: [YAMLNode]) -> [(key: YAMLNode, value: YAMLNode)]? {
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        pairs.reserveCapacity(items.count / 2)
        var keys: [String] = []
        keys.reserveCapacity(items.count / 2)
        var index = 0
        while index + 1 < items.count {
            guard case .scalar(let key) = items[index] else { return nil }
            keys.append(key.string)
            pairs.append((items[index], items[index + 1]))
            index += 2
        }
        // A field has at most eight keys: comparing pairs beats hashing them; long mappings hash.
        let unique = keys.count <= 16 ? !hasRepeat(keys) : Set(keys).count == keys.count
        return unique ? pairs : nil
    }

    private static func hasRepeat(_ keys: [String]) -> Bool {
        for later in keys.indices.dropFirst() where keys[..<later].contains(keys[later]) { return true }
        return false
    }

    private static func mark(_ event: yaml_event_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    }

    /// As Yams reads a scalar event: a quoted scalar without a tag is a string by YAML's rule.
    private static func scalar(_ event: yaml_event_t) -> YAMLNode.Scalar {
        let data = event.data.scalar
        let text = String(decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
        let tag =
            data.quoted_implicit == 1
            ? "tag:yaml.org,2002:str" : data.tag.map { String(cString: $0) } ?? ""
        return YAMLNode.Scalar(string: text, tag: tag, style: style(data.style), mark: mark(event))
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_PLAIN_SCALAR_STYLE: .plain
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .any
        }
    }
}
