import Foundation
import ZephyrClient
import ZephyrDomain
import ZephyrSimulator
import ZephyrTransport

/// An HTTP simulator on a loopback port for one test, with helpers to seed and inspect it.
struct SimulatorFixture {
    let simulator: ZephyrSimulator
    let server: RunningSimulatorServer

    static func start(
        _ state: SimulatorState = .seeded(), options: SimulatorOptions = SimulatorOptions(deleteDelayMilliseconds: 50)
    ) async throws -> SimulatorFixture {
        let simulator = ZephyrSimulator(state: state, options: options)
        let server = try await SimulatorHTTPServer.start(simulator: simulator, host: "127.0.0.1", port: 0)
        return SimulatorFixture(simulator: simulator, server: server)
    }

    var url: String { server.baseURL }

    /// Admin credentials the simulator knows, as the binary reads them.
    static let admin = ["ZEPHYR_USER": "admin", "ZEPHYR_PASSWORD": "admin"]

    /// Runs the binary against this simulator as the admin user.
    func run(_ arguments: [String], environment: [String: String] = admin, stdin: String? = nil) async throws
        -> CommandResult
    {
        try await BinaryRunner.runAsync(
            arguments + ["--server", url, "--no-color"], in: Paths.root, environment: environment, stdin: stdin)
    }

    func stop() async { await server.stop() }

    /// A change made by someone else, straight through the simulator's API.
    func createByHand(name: String) async throws {
        let body = #"{"name":"\#(name)","entityType":"EXECUTION","fieldType":"TEXT","description":"","isActive":true}"#
        let reply = await simulator.handle(
            TransportRequest(
                method: "POST", path: "/rest/zapi/latest/customfield/create",
                headers: [("Authorization", "Basic YWRtaW46YWRtaW4="), ("Content-Type", "application/json")],
                body: Data(body.utf8)
            ))
        guard case .response(let response) = reply, response.status == 200 else {
            throw CocoaError(
                .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "hand-made create failed: \(reply)"])
        }
    }
}

enum Paths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("examples")
    static let multiProject = examples.appendingPathComponent("multi-project").path
}

extension SimulatorState {
    /// The seeded projects with hand-made fields that differ from examples/multi-project.
    static var handMade: SimulatorState {
        var state = SimulatorState.seeded()
        state.addField(
            name: "Legacy notes", entity: .execution, type: .largeText, description: "made by hand",
            enabledIn: ["WEB", "API"])
        state.addField(
            name: "Sprint", entity: .execution, type: .singleSelect, options: ["S1", "S2", "Won''t plan"],
            enabledIn: ["MOBILE"])
        state.addField(name: "Bad: name", entity: .testStep, type: .text, enabledIn: ["WEB"])
        return state
    }
}
