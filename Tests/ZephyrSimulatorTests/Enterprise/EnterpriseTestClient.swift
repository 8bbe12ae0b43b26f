import Foundation

@testable import ZephyrSimulator

/// A `TestClient` on an enterprise-flavored simulator, with ZE paths.
struct EnterpriseTestClient {
    static let rest = "/flex/services/rest"

    let simulator: ZephyrSimulator
    var client: TestClient

    init(state: SimulatorState = .seeded(), options: EnterpriseSimulatorOptions = .init(), seed: UInt64 = 0) {
        simulator = ZephyrSimulator(
            state: state, options: SimulatorOptions(flavor: .enterprise, seed: seed, enterprise: options))
        client = TestClient(simulator: simulator)
    }

    /// `path` relative to `/flex/services/rest/`, e.g. `v3/project/`.
    func call(_ method: String, _ path: String, json: String? = nil) async -> Reply {
        await client.call(method, "\(Self.rest)/\(path)", json: json)
    }

    /// Creates a field and returns the answer's object.
    func create(
        _ name: String, entity: String = "testcase", type: Int = 3, allProject: Bool = true, projectIds: [Int] = [],
        unique: Bool = false
    ) async -> Reply {
        await call(
            "POST", "latest/field",
            json: """
                {"entityName":"\(entity)","displayName":"\(name)","fieldTypeMetadata":\(type),"allProject":\(allProject),\
                "projectIds":\(projectIds),"unique":\(unique),"mandatory":false,"length":1024}
                """)
    }

    func putOptions(_ preference: String, _ value: String) async -> Reply {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return await call(
            "PUT", "v3/admin/preference",
            json: """
                {"name":"\(preference)","value":"\(escaped)","defaultValue":"\(escaped)","accessLevel":0,"editable":true,"isCustomizable":true}
                """)
    }
}

extension Reply {
    var errorMsg: String { object["errorMsg"] as? String ?? "" }
    /// Items of a bare or `{"results": [...]}` list.
    var items: [[String: Any]] { (object["results"] as? [[String: Any]]) ?? array }
}
