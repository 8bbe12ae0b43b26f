import Foundation
import ZephyrDomain
import ZephyrTransport

/// The Jira permission keys a plan's calls need.
package enum JiraPermission: String, Sendable, CaseIterable {
    /// Global "Administer Jira": custom field create, update, delete and option calls.
    case administer = "ADMINISTER"
    /// "Administer Projects" in one project: enabling or disabling a field there.
    case administerProjects = "ADMINISTER_PROJECTS"
}

extension ZephyrClient {
    /// Whether the signed-in user holds `permission` (in `projectKey`, for a project permission),
    /// from Jira's `GET /rest/api/2/mypermissions`; nil when the server cannot tell (an older
    /// Jira without the endpoint, or an answer without the key), so callers go on and let the
    /// server decide.
    package func hasPermission(_ permission: JiraPermission, projectKey: String?) async throws(ZephyrError) -> Bool? {
        var query = "permissions=\(permission.rawValue)"
        if let projectKey {
            query +=
                "&projectKey=\(projectKey.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? projectKey)"
        }
        let endpoint = Endpoint(
            "GET", "/rest/api/2/mypermissions?\(query)", operation: "check the user's permissions",
            permission: Permission.browseProjects, repeating: .idempotent)
        let answer: PermissionsDTO
        do {
            answer = try await fetch(PermissionsDTO.self, endpoint)
        } catch .wrongBaseURL, .badRequest, .notFound, .invalidResponse {
            return nil
        }
        return answer.permissions[permission.rawValue]?.havePermission
    }
}

private struct PermissionsDTO: Decodable {
    struct Entry: Decodable {
        let havePermission: Bool?
    }

    let permissions: [String: Entry]
}
