import FieldSpec
import Foundation
import Testing
import ZephyrSimulator

@testable import Reconciler

/// Issue 15, defect 9: export's file names come from server project keys and must be unique
/// and visible, or export refuses before writing anything.
@Suite struct ExportFileNameTests {
    private func export(keys: [String]) async throws -> Result<[String], ReconcilerError> {
        var state = SimulatorState(
            projects: keys.enumerated().map {
                SimProject(id: String(10000 + $0.offset), key: $0.element, name: $0.element)
            })
        state.addField(name: "Browser", entity: .execution, type: .text, enabledIn: keys)
        let harness = try await SimulatorHarness.start(state: state, http: false)
        defer { Task { await harness.stop() } }
        do throws(ReconcilerError) {
            let files = try await Exporter(backend: harness.backend)
                .export(projectKeys: [], includeEmptyProjects: true, header: [])
            return .success(files.map(\.name))
        } catch {
            return .failure(error)
        }
    }

    @Test func aProjectKeyedDefinitionsDoesNotOverwriteTheDefinitions() async throws {
        let names = try await export(keys: ["DEFINITIONS", "WEB"]).get()
        #expect(names == ["definitions.yaml", "project-definitions.yaml", "web.yaml"])
    }

    @Test func keysThatMapToOneFileAreRefused() async throws {
        let result = try await export(keys: ["A.B", "A_B"])
        guard case .failure(let error) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(
            error.errorDescription == "export cannot give every project its own file: project 'A_B' and project 'A.B' "
                + "would both be written to a_b.yaml; nothing was written. "
                + "Export the projects separately with --project KEY and a different --out-dir.")
    }

    @Test func anEmptyKeyIsRefusedInsteadOfWritingAHiddenFile() async throws {
        let result = try await export(keys: ["WEB", ""])
        guard case .failure(let error) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(error.errorDescription?.contains("a project on the server has an empty key") == true)
    }

    @Test func everyNameIsVisibleAndDistinct() throws {
        let names = try ExportFileNames.names(for: ["WEB", "API", "Mobile-1", "DEFINITIONS"])
        #expect(Set(names).count == names.count)
        #expect(!names.contains(ExportFileNames.definitions))
        #expect(names.allSatisfy { !$0.hasPrefix(".") })
    }
}
