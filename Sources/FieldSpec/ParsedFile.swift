import ZephyrDomain

/// One file after its own checks, before the checks that need all files together.
struct ParsedFile {
    let path: String
    /// The `project:` value and where it is; nil in a definitions file.
    var project: (reference: String, location: SourceLocation)?
    var entries: [FieldEntry] = []
    /// The settings block, its `location` set to the `settings` key.
    var settings: SpecSettings?
}

/// One item of a file's `fields` list.
enum FieldEntry {
    /// A full definition; `previously` locations are kept for cross-file messages.
    case definition(FieldDefinition, previouslyLocations: [SourceLocation])
    /// An entry without `type`: enable a field defined elsewhere.
    case reference(FieldKey, location: SourceLocation)
    /// A definition whose identity is known but whose body is invalid (already reported): it
    /// still counts as defined, so references to it do not pile up follow-on errors.
    case invalidDefinition(FieldKey, location: SourceLocation)

    var key: FieldKey {
        switch self {
        case .definition(let definition, _): definition.key
        case .reference(let key, _), .invalidDefinition(let key, _): key
        }
    }

    var location: SourceLocation {
        switch self {
        case .definition(let definition, _): definition.location
        case .reference(_, let location), .invalidDefinition(_, let location): location
        }
    }
}
