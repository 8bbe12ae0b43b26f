extension ZephyrSimulator {
    /// Writes the state to `path` when a request may have changed it since the last write.
    ///
    /// Runs on the actor, so concurrent callers can never write an older state over a newer one.
    package func persist(to path: String, force: Bool = false) throws {
        guard force || revision != persistedRevision else { return }
        state.finishDeletes(now: now())
        try StateFile.save(state, path: path)
        persistedRevision = revision
    }
}
