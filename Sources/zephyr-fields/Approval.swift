import Foundation

/// Terraform's confirmation: only `yes` applies.
enum Approval {
    /// Asks on a terminal; without one, refuses (CI must say --auto-approve explicitly).
    static func ask() async throws -> Bool {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(
                "apply needs confirmation but standard input is not a terminal; review the plan and pass --auto-approve, or apply a saved plan with --plan FILE."
            )
        }
        Output.out(
            "\nDo you want to perform these actions?\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ")
        guard await answer()?.trimmingCharacters(in: .whitespaces) == "yes" else {
            Output.error("Apply cancelled: nothing was changed.")
            return false
        }
        return true
    }

    /// Reads the answer on a thread of its own: a reviewer may take minutes, and the event loop
    /// that runs this task also serves the pooled connections, so it must not block in
    /// `readLine` meanwhile (it would miss the server closing idle connections until the first
    /// apply call found them closed).
    private static func answer() async -> String? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: readLine()) }
        }
    }
}
