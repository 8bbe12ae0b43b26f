import ZephyrDomain

/// A position in a YAML file, 1-based, as editors and compilers print it.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One option of a select/radio/checkbox field, matched on the server by its text.
public struct OptionSpec: Sendable, Hashable {
    public let text: String
    /// Former texts: an option found under one of these is renamed in place.
    public let previously: [String]
    public let location: SourceLocation

    public init(text: String, previously: [String] = [], location: SourceLocation) {
        self.text = text
        self.previously = previously
        self.location = location
    }
}

/// The desired definition of one global custom field.
public struct FieldDefinition: Sendable, Hashable {
    public let name: String
    public let entity: EntityType
    public let type: FieldType
    /// nil when the YAML does not say: the server's description is then left alone.
    public let description: String?
    public let options: [OptionSpec]
    /// Former names: a field found under one of these is renamed in place, keeping its id.
    public let previously: [String]
    /// A protected field is never deleted or replaced by apply.
    public let protect: Bool
    /// Where the definition is written (the first one, when several files repeat it).
    public let location: SourceLocation

    public init(
        name: String, entity: EntityType, type: FieldType, description: String? = nil,
        options: [OptionSpec] = [], previously: [String] = [], protect: Bool = false,
        location: SourceLocation
    ) {
        self.name = name
        self.entity = entity
        self.type = type
        self.description = description
        self.options = options
        self.previously = previously
        self.protect = protect
        self.location = location
    }

    public var key: FieldKey { FieldKey(entity: entity, name: name) }
}

/// One Jira project's file: the fields that must be enabled in that project.
public struct ProjectSpec: Sendable, Hashable {
    /// The Jira project key (`WEB`) or numeric id (`10000`) as written.
    public let reference: String
    /// The fields to enable, each resolving to exactly one entry of `Spec.definitions`.
    public let fields: [FieldKey]
    public let location: SourceLocation

    public init(reference: String, fields: [FieldKey], location: SourceLocation) {
        self.reference = reference
        self.fields = fields
        self.location = location
    }
}

/// Policy, declared at most once across all files.
public struct SpecSettings: Sendable, Hashable {
    /// Delete fields that no file declares. Off by default: they are reported, never touched.
    public var prune: Bool
    /// Block a plan that deletes more than this share (percent) of the existing fields...
    public var deleteThresholdPercent: Int
    /// ...when at least this many fields exist.
    public var deleteThresholdMinimumFields: Int
    /// Maximum number of fields per entity type the server allows.
    public var fieldLimits: [EntityType: Int]
    /// Where the settings block is written, if anywhere.
    public var location: SourceLocation?

    public init(
        prune: Bool = false, deleteThresholdPercent: Int = 30, deleteThresholdMinimumFields: Int = 5,
        fieldLimits: [EntityType: Int] = FieldRules.defaultLimits, location: SourceLocation? = nil
    ) {
        self.prune = prune
        self.deleteThresholdPercent = deleteThresholdPercent
        self.deleteThresholdMinimumFields = deleteThresholdMinimumFields
        self.fieldLimits = fieldLimits
        self.location = location
    }

    public func limit(for entity: EntityType) -> Int {
        fieldLimits[entity] ?? FieldRules.defaultLimits[entity] ?? 0
    }
}

/// The whole desired state, loaded and validated from one or more YAML files.
public struct Spec: Sendable, Hashable {
    /// Every field defined anywhere, one entry per identity, sorted by key.
    public let definitions: [FieldDefinition]
    /// Every project file, sorted by reference.
    public let projects: [ProjectSpec]
    public let settings: SpecSettings
    /// The YAML files read, sorted.
    public let files: [String]

    public init(definitions: [FieldDefinition], projects: [ProjectSpec], settings: SpecSettings, files: [String]) {
        self.definitions = definitions.sorted { $0.key < $1.key }
        self.projects = projects.sorted { $0.reference < $1.reference }
        self.settings = settings
        self.files = files.sorted()
    }

    public func definition(for key: FieldKey) -> FieldDefinition? {
        definitions.first { $0.key == key }
    }
}
