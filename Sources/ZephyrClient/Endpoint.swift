import Foundation

/// One API call as the client describes it before auth, tracing and retries are added.
struct Endpoint: Sendable {
    /// Whether a failed attempt may be repeated.
    enum Repeat: Sendable {
        /// Reads and updates: repeating changes nothing.
        case idempotent
        /// Deletes: repeatable, and a "not found" after an ambiguous attempt means the
        /// earlier attempt did the work.
        case delete
        /// Creates, option adds and the enable toggle: repeated only after a 429 (the server did
        /// not run them); after any other failure the caller re-reads first.
        case never
    }

    var method: String
    /// Path and query from the server root.
    var path: String
    var body: Data?
    /// How messages name the call, e.g. "create field EXECUTION/Browser".
    var operation: String
    /// What a 403 says the user lacks.
    var permission: String
    var repeating: Repeat

    /// The class the retry policy judges this call by.
    var requestClass: RetryPolicy.RequestClass {
        switch repeating {
        case .never: .nonIdempotentWrite
        case .delete: .idempotentWrite
        case .idempotent: method == "GET" ? .idempotentRead : .idempotentWrite
        }
    }

    init(
        _ method: String, _ path: String, body: Data? = nil, operation: String,
        permission: String = Permission.jiraAdmin, repeating: Repeat
    ) {
        self.method = method
        self.path = path
        self.body = body
        self.operation = operation
        self.permission = permission
        self.repeating = repeating
    }
}

/// The rights named in 403 messages.
enum Permission {
    static let jiraAdmin = "Jira administrator rights"
    static let browse = "permission to browse Zephyr custom fields"
    static let browseProjects = "permission to browse Jira projects"
    static func projectAdmin(_ projectId: String) -> String {
        "project administrator rights on project \(projectId)"
    }
}

/// Builds paths with percent-encoded segments and query values.
enum APIPath {
    static let customFieldBase = "/rest/zapi/latest/customfield"
    static let jiraProjects = "/rest/api/2/project"
    static let enterprise = "/flex/services/rest/latest"

    static func customField(_ segments: String..., query: KeyValuePairs<String, String> = [:]) -> String {
        var path = customFieldBase
        for segment in segments { path += "/" + encode(segment, allowed: .segment) }
        guard !query.isEmpty else { return path }
        let pairs = query.map { "\(encode($0.key, allowed: .queryValue))=\(encode($0.value, allowed: .queryValue))" }
        return path + "?" + pairs.joined(separator: "&")
    }

    private static func encode(_ text: String, allowed: CharacterSet) -> String {
        // Ids and entity names need no encoding, and seeing that is far cheaper than Foundation's
        // encoder, which was 3% of a plan's CPU (one path per request).
        if text.utf8.allSatisfy(\.isUnreserved) { return text }
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

private extension UInt8 {
    /// A byte of `CharacterSet.segment`.
    var isUnreserved: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }
}

private extension CharacterSet {
    /// Unreserved characters only: ids are numbers, but a user-given project id must not
    /// be able to add path segments or query parameters.
    static let segment = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    static let queryValue = segment
}
