import ZephyrDomain

extension BlockedReason {
    /// One sentence saying what breaks the rule and how to proceed.
    package var sentence: String {
        switch self {
        case .protectedReplace(let key, let attributes):
            "\(key) is protected but would be replaced (\(Self.list(attributes))); change the file back or remove `protect` first."
        case .replaceNotAllowed(let key, let attributes):
            "\(key) would be replaced (\(Self.list(attributes))), which deletes its values in every execution; re-run with --allow-replace to accept."
        case .protectedOptionRemoval(let key, let options):
            "\(key) is protected but would lose option\(options.count == 1 ? "" : "s") \(options.map { "\"\($0)\"" }.joined(separator: ", ")) and the values recorded with \(options.count == 1 ? "it" : "them"); put \(options.count == 1 ? "it" : "them") back in the file or remove `protect` first."
        case .pruneNotAllowed(let keys):
            "prune would delete \(keys.count) field\(keys.count == 1 ? "" : "s") no file declares (\(keys.sorted().map(\.description).joined(separator: ", "))); re-run with --allow-delete to accept."
        case .deleteThreshold(let destroyed, let existing, let threshold):
            "the plan deletes or replaces \(destroyed) of \(existing) existing fields (\(destroyed * 100 / existing)%), more than the \(threshold)% threshold; re-run with --force if this is intended."
        case .usedOptionRemoval(let key, let options):
            "\(key) would lose option\(options.count == 1 ? "" : "s") \(options.map { "\"\($0)\"" }.joined(separator: ", ")), which \(options.count == 1 ? "is" : "are") still used by recorded values; keep \(options.count == 1 ? "it" : "them") in the file, or re-run with --allow-removing-used-options to leave those values pointing at nothing."
        case .fieldLimit(let entity, let count, let limit):
            "\(entity.rawValue) would have \(count) fields after this plan; the server allows at most \(limit) (settings.field_limits)."
        }
    }

    private static func list(_ attributes: [AttributeChange]) -> String {
        attributes.map { "\($0.attribute.rawValue) \($0.before ?? "") -> \($0.after ?? "")" }.joined(separator: ", ")
    }
}
