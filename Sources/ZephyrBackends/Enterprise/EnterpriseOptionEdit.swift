import Reconciler
import ZephyrClient

/// A plan's option changes for one field, applied to the option list read just before writing.
///
/// Only what the plan shows changes: options added on the server since the plan stay, an option
/// already renamed, removed or added counts as done, and an option whose text changed on the
/// server since the plan stops the write (the plan no longer describes the server).
package struct EnterpriseOptionEdit {
    package let changes: [OptionChange]

    package init(_ changes: [OptionChange]) {
        self.changes = changes
    }

    package func applied(to current: [EnterpriseOption]) throws -> [EnterpriseOption] {
        var list = current
        for change in changes {
            switch change.kind {
            case .rename:
                guard let index = list.firstIndex(where: { $0.id == change.optionId }) else {
                    throw Self.stale("option \"\(change.before ?? "")\" (id \(change.optionId ?? "")) is gone")
                }
                if list[index].value == change.after { continue }
                guard list[index].value == change.before else {
                    throw Self.stale("option id \(list[index].id) now reads \"\(list[index].value)\"")
                }
                list[index] = EnterpriseOption(id: list[index].id, value: change.after ?? "")
            case .remove:
                guard let index = list.firstIndex(where: { $0.id == change.optionId }) else { continue }
                guard list[index].value == change.before else {
                    throw Self.stale("option id \(list[index].id) now reads \"\(list[index].value)\"")
                }
                list.remove(at: index)
            case .add:
                guard let text = change.after, !list.contains(where: { $0.value == text }) else { continue }
                list.append(EnterpriseOption(id: String(Self.nextId(after: current + list)), value: text))
            }
        }
        return list
    }

    /// One past the highest numeric id ever seen in this edit, removed options included: a
    /// removed option's id still identifies the values that used it.
    static func nextId(after options: [EnterpriseOption]) -> Int {
        (options.compactMap { Int($0.id) }.max() ?? 0) + 1
    }

    private static func stale(_ what: String) -> ExecutionFailure {
        ExecutionFailure(message: "the option list changed on the server since the plan (\(what)); plan again")
    }
}
