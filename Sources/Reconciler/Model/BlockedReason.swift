import ZephyrDomain

/// A safety rule a plan breaks. A blocked plan is still shown, but never applied (exit 3).
/// Renderers turn each reason into a sentence that says how to proceed.
package enum BlockedReason: Sendable, Hashable, Codable {
    /// A `protect: true` field would be deleted and created again; no flag allows it.
    case protectedReplace(FieldKey, [AttributeChange])
    /// A type or entity change, which loses the field's values, without `--allow-replace`.
    case replaceNotAllowed(FieldKey, [AttributeChange])
    /// A `protect: true` field would lose options, and with them the values recorded with them.
    case protectedOptionRemoval(FieldKey, options: [String])
    /// Prune would delete fields no file declares, without `--allow-delete`.
    case pruneNotAllowed([FieldKey])
    /// More than the threshold share of existing fields would go, without `--force`.
    case deleteThreshold(destroyed: Int, existing: Int, thresholdPercent: Int)
    /// Options the plan removes that values still use, without `--allow-removing-used-options`.
    case usedOptionRemoval(FieldKey, options: [String])
    /// An entity would hold more fields than the server allows.
    case fieldLimit(EntityType, count: Int, limit: Int)
}
