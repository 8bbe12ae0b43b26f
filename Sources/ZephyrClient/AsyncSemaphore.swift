/// A counting semaphore for async code: at most `limit` holders at once, waiters served FIFO.
/// The limit can change while it is in use (adaptive concurrency): lowering it lets holders
/// finish and admits nobody new until they are below it.
///
/// Waiters suspend on a continuation (no polling). Waiting is not cancellable: a cancelled task
/// still gets its permit in turn and then fails fast in the transport, which keeps the
/// bookkeeping simple and the FIFO order intact.
actor AsyncSemaphore {
    private(set) var limit: Int
    private var holders = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func acquire() async {
        if holders < limit {
            holders += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty || holders > limit {
            holders -= 1
        } else {
            // The permit passes straight to the oldest waiter, so `holders` stays the same.
            waiters.removeFirst().resume()
        }
    }

    func resize(to newLimit: Int) {
        limit = max(1, newLimit)
        while holders < limit, !waiters.isEmpty {
            holders += 1
            waiters.removeFirst().resume()
        }
    }

    /// Runs `body` holding one permit. `body` does not throw so the permit is always returned.
    func withPermit<T: Sendable>(_ body: @Sendable () async -> T) async -> T {
        await acquire()
        let result = await body()
        release()
        return result
    }
}
