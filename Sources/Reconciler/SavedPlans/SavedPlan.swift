import Foundation
import ZephyrDomain

/// A plan written by `plan --out FILE` and applied by `apply --plan FILE`.
///
/// It carries the plan as reviewed, the switches it was made with, the projects read and a
/// fingerprint of the state it was computed from — never credentials. Nothing in it is trusted
/// at apply time: `Reconciliation` re-reads the server, plans the configuration again with the
/// same switches, and applies only if that plan is exactly this one (octoDNS's plan checksum).
package struct SavedPlan: Codable, Sendable, Hashable {
    /// 2: blocking reasons and manual steps are typed (version 1 held sentences).
    package static let formatVersion = 2

    package let formatVersion: Int
    package let toolVersion: String
    /// The server as given, with any `user:password@` removed.
    package let server: String
    /// The projects whose enablement was read; apply re-reads exactly these.
    package let projects: [ProjectRef]
    /// `RemoteState.fingerprint` of the state the plan was computed from.
    package let fingerprint: String
    /// The per-entity field limits in force when planned (apply orders creates after deletes by them).
    package let fieldLimits: [String: Int]
    /// `--allow-replace`, `--allow-delete`, `--force` and `--project` as given to `plan`.
    package let options: PlanOptions
    package let plan: Plan

    /// Larger files are refused before reading: a plan for thousands of projects is a few MB.
    package static let maximumFileSize = 32 * 1024 * 1024

    package init(
        toolVersion: String, server: String, projects: [ProjectRef], fingerprint: String,
        fieldLimits: [EntityType: Int],
        options: PlanOptions, plan: Plan
    ) {
        self.formatVersion = Self.formatVersion
        self.toolVersion = toolVersion
        self.server = Self.redacting(server)
        self.projects = projects.sorted()
        self.fingerprint = fingerprint
        self.fieldLimits = Dictionary(uniqueKeysWithValues: fieldLimits.map { ($0.key.rawValue, $0.value) })
        self.options = options
        self.plan = plan
    }

    /// The limits keyed by entity type again.
    package var limits: [EntityType: Int] {
        Dictionary(
            uniqueKeysWithValues: fieldLimits.compactMap { key, value in EntityType(rawValue: key).map { ($0, value) } }
        )
    }

    package func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain strings, numbers and arrays: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    package static func read(path: String) throws(ReconcilerError) -> SavedPlan {
        // Check the target (not a symlink) first: a FIFO or a huge file would hang or exhaust memory.
        let attributes = try? FileManager.default.attributesOfItem(
            atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        guard let attributes, attributes[.type] as? FileAttributeType == .typeRegular else {
            throw .unreadablePlan(path: path, reason: "it is not a regular file that can be read")
        }
        if let size = attributes[.size] as? Int, size > maximumFileSize {
            throw .unreadablePlan(
                path: path,
                reason: "it is \(size / 1_048_576) MB, over the \(maximumFileSize / 1_048_576) MB a plan can be")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadablePlan(path: path, reason: "the file cannot be read")
        }
        let saved: SavedPlan
        do { saved = try JSONDecoder().decode(SavedPlan.self, from: data) } catch {
            throw .unreadablePlan(path: path, reason: "it is not a plan written by `zephyr-fields plan --out`")
        }
        guard saved.formatVersion == formatVersion else {
            throw .unreadablePlan(
                path: path, reason: "it has format version \(saved.formatVersion); this tool reads \(formatVersion)")
        }
        return saved
    }

    /// Refuses a plan made for another server than the one connected to now.
    package func check(server current: String) throws(ReconcilerError) {
        guard Self.redacting(current) == server else {
            throw .planForAnotherServer(planned: server, current: Self.redacting(current))
        }
    }

    /// Drops `user:password@` from a URL so no secret reaches the file.
    package static func redacting(_ server: String) -> String {
        guard var components = URLComponents(string: server), components.user != nil || components.password != nil
        else {
            return server
        }
        components.user = nil
        components.password = nil
        return components.string ?? server
    }
}
