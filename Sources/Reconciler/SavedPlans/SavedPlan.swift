import Foundation
import ZephyrDomain

/// A plan written by `plan --out FILE` and applied by `apply --plan FILE`.
///
/// It carries everything apply needs (field ids, full definitions for creates, the projects
/// read) and a fingerprint of the state it was computed from, never credentials.
public struct SavedPlan: Codable, Sendable, Hashable {
    /// 2: blocking reasons and manual steps are typed (version 1 held sentences).
    public static let formatVersion = 2

    public let formatVersion: Int
    public let toolVersion: String
    /// The server as given, with any `user:password@` removed.
    public let server: String
    /// The projects whose enablement was read; apply re-reads exactly these.
    public let projects: [ProjectRef]
    /// `RemoteState.fingerprint` of the state the plan was computed from.
    public let fingerprint: String
    /// The per-entity field limits in force when planned (apply orders creates after deletes by them).
    public let fieldLimits: [String: Int]
    public let plan: Plan

    public init(toolVersion: String, server: String, projects: [ProjectRef], fingerprint: String, fieldLimits: [EntityType: Int], plan: Plan) {
        self.formatVersion = Self.formatVersion
        self.toolVersion = toolVersion
        self.server = Self.redacting(server)
        self.projects = projects.sorted()
        self.fingerprint = fingerprint
        self.fieldLimits = Dictionary(uniqueKeysWithValues: fieldLimits.map { ($0.key.rawValue, $0.value) })
        self.plan = plan
    }

    /// The limits keyed by entity type again.
    public var limits: [EntityType: Int] {
        Dictionary(uniqueKeysWithValues: fieldLimits.compactMap { key, value in EntityType(rawValue: key).map { ($0, value) } })
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain strings, numbers and arrays: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    public static func read(path: String) throws(ReconcilerError) -> SavedPlan {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadablePlan(path: path, reason: "the file cannot be read")
        }
        let saved: SavedPlan
        do { saved = try JSONDecoder().decode(SavedPlan.self, from: data) } catch {
            throw .unreadablePlan(path: path, reason: "it is not a plan written by `zephyr-fields plan --out`")
        }
        guard saved.formatVersion == formatVersion else {
            throw .unreadablePlan(path: path, reason: "it has format version \(saved.formatVersion); this tool reads \(formatVersion)")
        }
        return saved
    }

    /// Drops `user:password@` from a URL so no secret reaches the file.
    public static func redacting(_ server: String) -> String {
        guard var components = URLComponents(string: server), components.user != nil || components.password != nil else {
            return server
        }
        components.user = nil
        components.password = nil
        return components.string ?? server
    }
}
