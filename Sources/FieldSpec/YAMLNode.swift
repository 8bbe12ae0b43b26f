import Yams

/// One node of a field spec's YAML document, with where it starts.
///
/// What the loader needs of a node and nothing more: text, style and tag of scalars, items of
/// lists and mappings, and positions. `EventComposer` builds it straight from libyaml's events;
/// a document that composer leaves to Yams is converted from Yams' `Node` (`init(_:)`).
indirect enum YAMLNode {
    case scalar(Scalar)
    case mapping([(key: YAMLNode, value: YAMLNode)], Mark)
    case sequence([YAMLNode], Mark)
    /// Never composed from a file (anchors and aliases are refused first); here so a Yams tree
    /// converts without a gap.
    case alias(Mark)

    /// A 1-based line and column (columns count Unicode scalars, as libyaml does).
    struct Mark: Equatable {
        let line: Int
        let column: Int
    }

    struct Scalar: Equatable {
        enum Style: Equatable { case any, plain, singleQuoted, doubleQuoted, literal, folded }

        let string: String
        /// The tag as written or implied: empty for none, `!` for the non-specific tag, and
        /// `tag:yaml.org,2002:str` for a quoted scalar (YAML's own rule).
        let tag: String
        let style: Style
        let mark: Mark
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(_, let mark), .sequence(_, let mark), .alias(let mark): mark
        }
    }
}

extension YAMLNode {
    /// Yams' tree for the same document; its marks are already 1-based.
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = .scalar(
                Scalar(
                    string: scalar.string, tag: scalar.tag.description, style: Scalar.Style(scalar.style),
                    mark: Mark(scalar.mark)))
        case .mapping(let mapping):
            self = .mapping(mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) }, Mark(mapping.mark))
        case .sequence(let sequence):
            self = .sequence(sequence.map(YAMLNode.init), Mark(sequence.mark))
        case .alias(let alias):
            self = .alias(Mark(alias.mark))
        }
    }
}

extension YAMLNode.Mark {
    init(_ mark: Yams.Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}

extension YAMLNode.Scalar.Style {
    init(_ style: Node.Scalar.Style) {
        switch style {
        case .any: self = .any
        case .plain: self = .plain
        case .singleQuoted: self = .singleQuoted
        case .doubleQuoted: self = .doubleQuoted
        case .literal: self = .literal
        case .folded: self = .folded
        }
    }
}

extension YAMLNode: Equatable {
    /// Same shape, text, styles, tags and positions.
    static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let left), .scalar(let right)):
            left == right
        case (.mapping(let left, let leftMark), .mapping(let right, let rightMark)):
            leftMark == rightMark && left.count == right.count
                && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.sequence(let left, let leftMark), .sequence(let right, let rightMark)):
            leftMark == rightMark && left == right
        case (.alias(let left), .alias(let right)):
            left == right
        default:
            false
        }
    }
}
