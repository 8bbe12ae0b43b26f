import Foundation
import Yams

/// Parses one file's text into a node tree with positions, turning every way YAML can fail
/// into a located diagnostic.
enum DocumentComposer {
    /// Said whether the events or Yams find no document in the file.
    private static let onlyComments =
        "file is empty: it holds only comments; a field spec declares at least one of project, fields, settings"

    /// The document's root node, or nil after reporting why there is none.
    static func compose(_ source: SpecSource, into diagnostics: inout DiagnosticBag) -> YAMLNode? {
        let start = SourceLocation.start(of: source.path)
        if source.text.allSatisfy(\.isWhitespace) {
            diagnostics.error(
                "file is empty; a field spec declares at least one of project, fields, settings", at: start)
            return nil
        }
        switch EventComposer.compose(source.text) {
        case .document(let root):
            return root
        case .noDocument:
            diagnostics.error(onlyComments, at: start)
        case .anchor(let hit):
            let kind = hit.indicator == "&" ? "anchors (&name)" : "aliases (*name)"
            diagnostics.error(
                "YAML \(kind) are not supported; write the value out in full (quote text that starts with \(hit.indicator))",
                at: SourceLocation(file: source.path, line: hit.line, column: hit.column))
        case .askYams:
            return composeWithYams(source, into: &diagnostics)
        }
        return nil
    }

    /// Yams composes what `EventComposer` leaves to it: it reports the parse error, the second
    /// document or the duplicate key, or returns a tree (keys it does not consider repeated).
    private static func composeWithYams(_ source: SpecSource, into diagnostics: inout DiagnosticBag) -> YAMLNode? {
        do {
            // The basic resolver leaves every scalar untyped: NodeReader decides what a scalar
            // is from its text and style, so YAML 1.1's `yes`/`on` never silently become booleans.
            // UTF-8 named outright: Yams's default reads the environment on every parser and
            // prints to standard output when YAMS_DEFAULT_ENCODING is set, which would corrupt
            // JSON plans.
            let parser = try Parser(yaml: source.text, resolver: .basic, encoding: .utf8)
            guard let root = try parser.singleRoot() else {
                diagnostics.error(onlyComments, at: .start(of: source.path))
                return nil
            }
            return YAMLNode(root)
        } catch let error as YamlError {
            diagnostics.error(
                YAMLErrorTranslator.message(for: error, in: source.text),
                at: YAMLErrorTranslator.location(of: error, in: source))
        } catch {
            diagnostics.error("invalid YAML: \(error)", at: .start(of: source.path))
        }
        return nil
    }
}
