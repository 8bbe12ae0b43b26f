import Foundation
import ZephyrDomain

/// Renders one field's changes as a Terraform-style block:
///
///     # EXECUTION/Browser will be updated in place (id 12)
///     ~ field "Browser" {
///         ~ name = "Web browser" -> "Browser"
///         + option "Safari"
///         + enable in WEB (10000)
///       }
struct FieldBlockRenderer {
    enum Style {
        case plain, ansi
    }

    let style: Style

    func lines(for change: FieldChange) -> [String] {
        let id = change.fieldId.map { " (id \($0))" } ?? ""
        let (symbol, headline): (String, String) =
            switch change.action {
            case .create: ("+", "will be created")
            case .update: ("~", "will be updated in place\(id)")
            case .replace: ("-/+", "must be replaced\(id)")
            case .delete: ("-", "will be deleted\(id)")
            case .none: ("~", "will change where it is enabled\(id)")
            }
        // Names and reasons hold server text: escaped, so no control sequence reaches a terminal.
        var lines = ["  # " + DisplayText.escaped("\(change.key) \(headline): \(change.reason)")]
        lines.append(paint(symbol.count == 1 ? "  \(symbol)" : symbol, symbol) + " field \(quote(change.name)) {")
        lines += body(for: change).map { "      " + $0 }
        lines.append("    }")
        return lines
    }

    private func body(for change: FieldChange) -> [String] {
        var lines: [String] = []
        switch change.action {
        case .create:
            if let after = change.after { lines += attributes(after).map { row("+", $0.0, $0.1) } }
        case .delete:
            if let before = change.before { lines += attributes(before).map { row("-", $0.0, $0.1) } }
        case .replace:
            for attribute in change.attributes {
                lines.append(
                    row("~", attribute.attribute.rawValue, "\(quote(attribute.before)) -> \(quote(attribute.after))")
                        + paint(" # forces replacement", "-"))
            }
            if let after = change.after {
                let changed = Set(change.attributes.map(\.attribute.rawValue))
                lines += attributes(after).filter { !changed.contains($0.0) }.map { row("+", $0.0, $0.1) }
            }
        case .update, .none:
            for attribute in change.attributes {
                lines.append(
                    row("~", attribute.attribute.rawValue, "\(quote(attribute.before)) -> \(quote(attribute.after))"))
            }
        }
        for option in change.options {
            switch option.kind {
            case .add: lines.append(paint("+", "+") + " option \(quote(option.after))")
            case .rename: lines.append(paint("~", "~") + " option \(quote(option.before)) -> \(quote(option.after))")
            case .remove:
                lines.append(
                    paint("-", "-") + " option \(quote(option.before))"
                        + paint(" # clears the values recorded with it", "-"))
            }
        }
        for project in change.projects {
            let name = DisplayText.escaped("\(project.project)")
            lines.append(
                project.kind == .enable
                    ? paint("+", "+") + " enable in \(name)" : paint("-", "-") + " disable in \(name)")
        }
        return lines
    }

    private func attributes(_ snapshot: FieldSnapshot) -> [(String, String)] {
        var result = [("entity", quote(snapshot.entity.rawValue)), ("type", quote(snapshot.type.name))]
        if let description = snapshot.description { result.append(("description", quote(description))) }
        if !snapshot.options.isEmpty {
            result.append(("options", "[" + snapshot.options.map { quote($0) }.joined(separator: ", ") + "]"))
        }
        // Zephyr Enterprise fields carry their projects.
        if snapshot.allProjects {
            result.append(("projects", "all"))
        } else if !snapshot.projects.isEmpty {
            result.append(
                ("projects", "[" + snapshot.projects.map { quote($0.description) }.joined(separator: ", ") + "]"))
        }
        return result
    }

    private func row(_ symbol: String, _ name: String, _ value: String) -> String {
        paint(symbol, symbol) + " " + name.padding(toLength: 11, withPad: " ", startingAt: 0) + " = " + value
    }

    /// A double-quoted string; backslashes, quotes, line breaks and every other control are
    /// escaped, so server text cannot end the line or drive the terminal.
    private func quote(_ text: String?) -> String {
        guard let text else { return "null" }
        return "\"" + DisplayText.escaped(text).replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func paint(_ text: String, _ symbol: String) -> String {
        guard style == .ansi else { return text }
        let code =
            switch symbol {
            case "+": "32"
            case "-": "31"
            case "-/+": "35"
            default: "33"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
