/// Switches for the Zephyr Enterprise behaviours the public evidence leaves open, so the tool
/// can be tested safe under each (`shared/docs/zephyr-enterprise-api.md`). The defaults are the
/// most likely reading of the evidence.
package struct EnterpriseSimulatorOptions: Sendable, Codable, Equatable {
    /// What `PUT /field` (whole-object field update, undocumented) does.
    package enum FieldUpdate: String, Sendable, Codable, CaseIterable {
        /// 405 with `Allow: POST`: the route exists for create only (default).
        case methodNotAllowed
        /// 404 with an empty body, like any route the server lacks.
        case notFound
        /// Updates display name, description, mandatory and scope, as "some builds" may.
        case accepted
    }

    /// What `GET /admin/preference?key=...` answers for a preference that does not exist.
    package enum MissingPreference: String, Sendable, Codable, CaseIterable {
        /// 204 with no body, like ZE's other empty results (default).
        case noContent
        /// 200 with an empty body (what the plugin's null check after Gson suggests).
        case emptyBody
        /// 200 `{"name": key, "value": null}`.
        case nullValue
        /// 200 `{}`.
        case emptyObject
        /// 500 with an error body, like an unknown id: the client must not read this as "none".
        case serverError
    }

    /// The shape of `GET /admin/preference/item/usage`'s answer.
    package enum UsageShape: String, Sendable, Codable, CaseIterable {
        /// `true` / `false` (default).
        case boolean
        /// How many values reference the option, e.g. `3`.
        case count
        /// `{"inUse": true}`.
        case object
    }

    /// Lists (projects, fields, the type catalogue, name lookups) as `{"results": [...]}`, as
    /// ZE 8.1+ may send them, instead of bare arrays.
    package var wrapLists: Bool
    package var fieldUpdate: FieldUpdate
    package var missingPreference: MissingPreference
    package var usageShape: UsageShape
    /// Probability in 0...1 that a request to a ZE route answers "... is locked. Please try
    /// again later." before taking effect. Drawn from the seeded fault generator.
    package var lockedFaultRate: Double
    /// The status of a locked answer (undocumented).
    package var lockedStatus: Int

    package init(
        wrapLists: Bool = false, fieldUpdate: FieldUpdate = .methodNotAllowed,
        missingPreference: MissingPreference = .noContent, usageShape: UsageShape = .boolean,
        lockedFaultRate: Double = 0, lockedStatus: Int = 500
    ) {
        self.wrapLists = wrapLists
        self.fieldUpdate = fieldUpdate
        self.missingPreference = missingPreference
        self.usageShape = usageShape
        self.lockedFaultRate = lockedFaultRate
        self.lockedStatus = lockedStatus
    }
}
