import CYaml

/// Finds YAML anchors (`&name`) and aliases (`*name`) in libyaml's event stream, before Yams
/// composes the document.
///
/// Why before: Yams composes aliases by sharing nodes, but hashes mapping keys recursively to
/// find duplicates, so an alias bomb used as a key ("billion laughs") would take exponential time
/// inside Yams, out of our control. Field specs have no use for anchors, so both are refused.
///
/// Why events and not text: the parser is the only thing that knows where a node starts. A
/// lexical scan missed anchors in flow style (`{"name":&n "Browser"}`), which let an alias bomb
/// through. Walking the events is linear in the file's size, whatever the aliases would expand to.
/// Yams 6 keeps its event reader private, so this drives the same libyaml parser (CYaml, which
/// Yams builds) directly.
struct AnchorScanner {
    struct Hit: Equatable {
        let line: Int
        let column: Int
        let indicator: Character
    }

    /// The first anchor or alias in `text`, or nil. Text libyaml cannot parse returns nil up to
    /// the error: Yams reports that error itself, with its position, right after.
    static func firstHit(in text: String) -> Hit? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if let hit = hit(in: event) { return hit }
                if event.type == YAML_STREAM_END_EVENT { return nil }
            }
        }
    }

    /// An alias event, or a node event that declares an anchor. libyaml marks are 0-based and
    /// a node's start mark is its anchor's position when it has one.
    private static func hit(in event: yaml_event_t) -> Hit? {
        let anchored: Bool
        switch event.type {
        case YAML_ALIAS_EVENT:
            return Hit(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1, indicator: "*")
        case YAML_SCALAR_EVENT: anchored = event.data.scalar.anchor != nil
        case YAML_SEQUENCE_START_EVENT: anchored = event.data.sequence_start.anchor != nil
        case YAML_MAPPING_START_EVENT: anchored = event.data.mapping_start.anchor != nil
        default: anchored = false
        }
        guard anchored else { return nil }
        return Hit(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1, indicator: "&")
    }
}
