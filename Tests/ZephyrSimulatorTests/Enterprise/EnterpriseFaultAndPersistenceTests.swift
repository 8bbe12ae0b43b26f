import Foundation
import Testing

@testable import ZephyrSimulator

@Suite struct EnterpriseFaultAndPersistenceTests {
    static func lockedStatuses(seed: UInt64) async -> [Int] {
        let ze = EnterpriseTestClient(options: .init(lockedFaultRate: 0.5, lockedStatus: 409), seed: seed)
        var statuses: [Int] = []
        for _ in 0..<30 { statuses.append(await ze.call("GET", "latest/field/fieldtype").status) }
        return statuses
    }

    @Test func lockedFaultsAreSeededAndSayTryAgainLater() async {
        let first = await Self.lockedStatuses(seed: 11)
        #expect(await Self.lockedStatuses(seed: 11) == first)
        #expect(Set(first) == [200, 409])
        let ze = EnterpriseTestClient(options: .init(lockedFaultRate: 1))
        let reply = await ze.create("Browser")
        #expect(reply.status == 500)
        #expect(reply.errorMsg.hasSuffix("is locked. Please try again later."))
        // Locked answers come before the request takes effect.
        #expect(await ze.simulator.snapshot().enterpriseState.fields.isEmpty)
        // The session login is not a ZE field route and is never locked.
        #expect(await ze.call("GET", "latest/manifest").status == 200)
    }

    @Test func squadStateFilesWithoutAnEnterprisePartStillLoad() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ze-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let squad =
            #"{"fields":[],"nextFieldId":3,"nextOptionId":1,"projects":[{"id":"10000","key":"WEB","name":"Web Shop"}]}"#
        try Data(squad.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try #require(try StateFile.load(path: path))
        #expect(loaded.enterprise == nil)
        #expect(loaded.nextFieldId == 3)
        #expect(loaded.enterpriseProjects.map(\.name) == ["Web Shop"])
    }

    @Test func enterpriseStateRoundTripsThroughTheStateFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ze-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let ze = EnterpriseTestClient()
        let id = await ze.create("Browser").object["id"] as? Int ?? -1
        #expect(await ze.putOptions("testcase.zcf_\(id).LOV", #"[{"value":"Chrome","id":"1"}]"#).status == 200)
        await ze.simulator.markEnterpriseOption(preference: "testcase.zcf_\(id).LOV", id: "1")
        try await ze.simulator.persist(to: path, force: true)
        let loaded = try #require(try StateFile.load(path: path))
        #expect(loaded == (await ze.simulator.snapshot()))
        #expect(loaded.enterpriseState.fields.map(\.fieldName) == ["zcf_\(id)"])
        #expect(loaded.enterpriseState.optionsInUse == ["testcase.zcf_\(id).LOV": ["1"]])
    }

    /// `simulator:PATH` opens a state file with the flavor's options and serves ZE routes.
    @Test func persistentSimulatorServesTheEnterpriseFlavor() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ze-\(UUID().uuidString).json").path
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + ".lock")
        }
        let opened = try PersistentSimulator.open(path: path, options: SimulatorOptions(flavor: .enterprise))
        let client = TestClient(simulator: opened.simulator)
        #expect(
            await client.call("GET", "/flex/services/rest/v3/project/").array.count
                == SimulatorState.defaultProjectCount)
        #expect(
            await client.call(
                "POST", "/flex/services/rest/latest/field",
                json: #"{"entityName":"testcase","displayName":"OS","fieldTypeMetadata":1,"allProject":true}"#
            ).status == 200)
        await opened.transport.shutdown()
        #expect(try StateFile.load(path: path)?.enterpriseState.fields.map(\.displayName) == ["OS"])
    }
}
