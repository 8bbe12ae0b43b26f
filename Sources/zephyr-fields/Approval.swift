import Foundation

/// Terraform's confirmation: only `yes` applies.
enum Approval {
    /// Asks on a terminal; without one, refuses (CI must say --auto-approve explicitly).
    static func ask() throws -> Bool {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(
                "apply needs confirmation but standard input is not a terminal; review the plan and pass --auto-approve, or apply a saved plan with --plan FILE."
            )
        }
        Output.out(
            "\nDo you want to perform these actions?\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ")
        guard readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
            Output.error("Apply cancelled: nothing was changed.")
            return false
        }
        return true
    }
}
