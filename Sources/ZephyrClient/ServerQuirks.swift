/// What the client learned about the server's API version during its lifetime.
///
/// Servers differ in the enable verb (DELETE documented, PUT on older builds) and in whether
/// `delete-customfields` exists; the first answer decides for every later call.
actor ServerQuirks {
    private(set) var enableVerb = "DELETE"
    private(set) var supportsBulkDelete = true

    func useEnableVerb(_ verb: String) {
        enableVerb = verb
    }

    func markBulkDeleteUnsupported() {
        supportsBulkDelete = false
    }
}
