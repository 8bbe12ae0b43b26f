import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive hold on a simulator state file while one process uses it, so the HTTP simulator
/// and the embedded one never overwrite each other's changes. The lock is `flock` on a sidecar
/// `PATH.lock` (the state file itself is replaced on every save, which would drop a lock on it);
/// the kernel releases it when the process ends, however it ends. The sidecar is left in place:
/// removing it would let two processes lock two different files of the same name.
package final class StateFileLock: Sendable {
    private let descriptor: Mutex<Int32?>
    private let lockPath: String

    /// Takes the lock, or throws `SimulatorError.stateFileInUse` at once when another holds it.
    package init(statePath: String) throws(SimulatorError) {
        lockPath = statePath + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .stateFileUnreadable(path: statePath, reason: "its lock file \(lockPath) cannot be created")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .stateFileInUse(path: statePath)
        }
        self.descriptor = Mutex(descriptor)
    }

    /// Lets the next user in; safe to call more than once.
    package func release() {
        descriptor.withLock { held in
            guard let fd = held else { return }
            close(fd)
            held = nil
        }
    }

    deinit {
        release()
    }
}
