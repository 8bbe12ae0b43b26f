import ZephyrDomain

/// Server text placed in a Markdown pull-request comment.
enum MarkdownText {
    /// `text` as an inline code span that it cannot close: the fence is one backtick longer
    /// than the longest run of backticks inside, and line breaks and other controls are
    /// escaped (a raw line break would end the list item and let the rest render as Markdown).
    static func code(_ text: String) -> String {
        let shown = DisplayText.escaped(text)
        var longest = 0
        var run = 0
        for character in shown {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        // CommonMark strips one space on each side, so a backtick at an edge stays content.
        let padded = shown.hasPrefix("`") || shown.hasSuffix("`") ? " \(shown) " : shown
        return fence + padded + fence
    }
}
