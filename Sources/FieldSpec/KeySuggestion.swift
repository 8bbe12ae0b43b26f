/// Suggests the allowed key a misspelt one was probably meant to be.
enum KeySuggestion {
    /// The allowed key equal ignoring case, or within two edits; nil when none is close.
    static func closest(to key: String, among allowed: [String]) -> String? {
        if let match = allowed.first(where: { $0.lowercased() == key.lowercased() }) { return match }
        let scored = allowed.map { ($0, distance(key.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// Levenshtein distance; keys are short, so the quadratic table is fine.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
