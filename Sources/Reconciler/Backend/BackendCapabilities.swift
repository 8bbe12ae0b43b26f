import ZephyrDomain

/// What a server's API can do to custom fields, declared by its backend (octoDNS's `SUPPORTS`,
/// Terraform's provider schema). The planner turns every change a backend cannot make into a
/// `ManualStep` instead of a call that would fail, or loop forever as a perpetual diff.
package struct BackendCapabilities: Sendable, Hashable {
    package enum Capability: String, Sendable, Hashable, CaseIterable {
        /// Create a field with its options in one call.
        case createField
        /// Rename a field in place, keeping its id and values.
        case renameField
        /// Set a field's description to another non-empty text.
        case changeDescription
        /// Set a field's description to nothing.
        case clearDescription
        /// Delete a field (prune).
        case deleteField
        /// Delete a field and create it again under the same name (a type or entity change).
        case replaceField
        /// Enable or disable a global field per project.
        case enablePerProject
        /// Add, rename and remove options one call each.
        case editOptions
        /// Write a field's whole option list in one call (Zephyr Enterprise's preference), keeping
        /// the id of every option that stays.
        case replaceOptionList
        /// A field's projects are set when it is created (all, or a list); changing them later
        /// is a manual step (Zephyr Enterprise).
        case scopeOnCreate
        /// The server can tell whether values still use an option, so removing a used one can be
        /// blocked instead of silently leaving values that point nowhere.
        case optionUsage
    }

    /// The product: which entities exist, and its name for messages ("Zephyr Squad").
    package let flavor: ServerFlavor
    package let supported: Set<Capability>

    package init(flavor: ServerFlavor, supported: Set<Capability>) {
        self.flavor = flavor
        self.supported = supported
    }

    package var product: String { flavor.productName }

    package func supports(_ capability: Capability) -> Bool {
        supported.contains(capability)
    }
}
