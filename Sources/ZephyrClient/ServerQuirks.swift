/// What the client learned about the server's API version during its lifetime.
///
/// Servers differ in the enable verb (DELETE documented, PUT on older builds) and in whether
/// `delete-customfields` exists; the first answer decides for every later call. The enable verb
/// is probed once: while one call finds it out, the other concurrent calls wait for its answer
/// instead of each trying the wrong verb first.
actor ServerQuirks {
    private(set) var enableVerb = "DELETE"
    private(set) var supportsBulkDelete = true
    private var enableVerbKnown = false
    private var probing = false
    private var waitingForProbe: [CheckedContinuation<Void, Never>] = []

    /// The verb to send; `probe` is true for the one caller that must report the outcome with
    /// `settleProbe`.
    func enableVerbToUse() async -> (verb: String, probe: Bool) {
        while !enableVerbKnown && probing {
            await withCheckedContinuation { waitingForProbe.append($0) }
        }
        if enableVerbKnown { return (enableVerb, false) }
        probing = true
        return (enableVerb, true)
    }

    /// The verb the server took, or nil when the probe failed for another reason (the next
    /// caller probes then).
    func settleProbe(_ verb: String?) {
        if let verb { useEnableVerb(verb) }
        probing = false
        let waiting = waitingForProbe
        waitingForProbe = []
        for continuation in waiting { continuation.resume() }
    }

    func useEnableVerb(_ verb: String) {
        enableVerb = verb
        enableVerbKnown = true
    }

    func markBulkDeleteUnsupported() {
        supportsBulkDelete = false
    }
}
