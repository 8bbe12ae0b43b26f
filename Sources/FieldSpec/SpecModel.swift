import ZephyrDomain

/// A position in a YAML file, 1-based, as editors and compilers print it.
package struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let file: String
    package let line: Int
    package let column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    package var description: String { "\(file):\(line):\(column)" }
}

/// One option of a select/radio/checkbox field, matched on the server by its text.
package struct OptionSpec: Sendable, Hashable {
    package let text: String
    /// Former texts: an option found under one of these is renamed in place.
    package let previously: [String]
    package let location: SourceLocation

    package init(text: String, previously: [String] = [], location: SourceLocation) {
        self.text = text
        self.previously = previously
        self.location = location
    }
}

/// The desired definition of one global custom field.
package struct FieldDefinition: Sendable, Hashable {
    package let name: String
    package let entity: EntityType
    package let type: FieldType
    /// nil when the YAML does not say: the server's description is then left alone.
    package let description: String?
    package let options: [OptionSpec]
    /// Former names: a field found under one of these is renamed in place, keeping its id.
    package let previously: [String]
    /// A protected field is never deleted or replaced by apply.
    package let protect: Bool
    /// `projects: all` (Zephyr Enterprise): every project has the field, present and future,
    /// instead of the projects whose files list it.
    package let allProjects: Bool
    /// Where the definition is written (the first one, when several files repeat it).
    package let location: SourceLocation

    package init(
        name: String, entity: EntityType, type: FieldType, description: String? = nil,
        options: [OptionSpec] = [], previously: [String] = [], protect: Bool = false, allProjects: Bool = false,
        location: SourceLocation
    ) {
        self.name = name
        self.entity = entity
        self.type = type
        self.description = description
        self.options = options
        self.previously = previously
        self.protect = protect
        self.allProjects = allProjects
        self.location = location
        self.key = FieldKey(entity: entity, name: name)
    }

    /// Stored, not computed: plans over 1,000 projects look it up millions of times.
    package let key: FieldKey
}

/// One project's file: the fields that must be enabled in (Squad) or scoped to (Enterprise) it.
package struct ProjectSpec: Sendable, Hashable {
    /// As written: a Jira project key (`WEB`) or numeric id (`10000`) on Squad, a project
    /// name (`Web Shop`) or numeric id on Enterprise.
    package let reference: String
    /// The fields to enable, each resolving to exactly one entry of `Spec.definitions`.
    package let fields: [FieldKey]
    package let location: SourceLocation

    package init(reference: String, fields: [FieldKey], location: SourceLocation) {
        self.reference = reference
        self.fields = fields
        self.location = location
    }
}

/// Policy, declared at most once across all files.
package struct SpecSettings: Sendable, Hashable {
    /// The product the files are written for (`flavor:`); decides which entities and types are legal.
    package var flavor: ServerFlavor
    /// Delete fields that no file declares. Off by default: they are reported, never touched.
    package var prune: Bool
    /// Block a plan that deletes more than this share (percent) of the existing fields...
    package var deleteThresholdPercent: Int
    /// ...when at least this many fields exist.
    package var deleteThresholdMinimumFields: Int
    /// Maximum number of fields per entity type the server allows (Squad's defaults, 19 and 4;
    /// none on Enterprise, which has no limit).
    package var fieldLimits: [EntityType: Int]
    /// Where the settings block is written, if anywhere.
    package var location: SourceLocation?

    package init(
        flavor: ServerFlavor = .squad, prune: Bool = false, deleteThresholdPercent: Int = 30,
        deleteThresholdMinimumFields: Int = 5,
        fieldLimits: [EntityType: Int]? = nil, location: SourceLocation? = nil
    ) {
        self.flavor = flavor
        self.prune = prune
        self.deleteThresholdPercent = deleteThresholdPercent
        self.deleteThresholdMinimumFields = deleteThresholdMinimumFields
        // nil: the flavor's defaults, so an Enterprise configuration carries no Squad limits.
        self.fieldLimits = fieldLimits ?? FieldRules.defaultLimits.filter { $0.key.flavor == flavor }
        self.location = location
    }

    /// The server's limit for `entity`; Zephyr Enterprise has none ("no limit to the number of
    /// custom fields").
    package func limit(for entity: EntityType) -> Int {
        fieldLimits[entity] ?? FieldRules.defaultLimits[entity] ?? Int.max
    }
}

/// The whole desired state, loaded and validated from one or more YAML files.
package struct Spec: Sendable, Hashable {
    /// Every field defined anywhere, one entry per identity, sorted by key.
    package let definitions: [FieldDefinition]
    /// Every project file, sorted by reference.
    package let projects: [ProjectSpec]
    package let settings: SpecSettings
    /// The YAML files read, sorted.
    package let files: [String]

    package init(definitions: [FieldDefinition], projects: [ProjectSpec], settings: SpecSettings, files: [String]) {
        self.definitions = definitions.sorted { $0.key < $1.key }
        self.projects = projects.sorted { $0.reference < $1.reference }
        self.settings = settings
        self.files = files.sorted()
    }

    package func definition(for key: FieldKey) -> FieldDefinition? {
        definitions.first { $0.key == key }
    }
}
