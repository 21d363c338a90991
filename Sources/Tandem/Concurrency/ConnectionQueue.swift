import Dispatch

/// A serial queue that owns one connection: every call into the connection's C library runs
/// on it, off Swift's cooperative thread pool, so a blocking call never starves async code.
package final class ConnectionQueue: Sendable {
    private let queue: DispatchQueue

    package init(label: String) {
        queue = DispatchQueue(label: label)
    }

    /// Runs `work` on the queue and suspends the caller until it finishes: one hop per call.
    package func run<T: Sendable>(_ work: @Sendable () throws -> T) async throws -> T {
        try await withoutActuallyEscaping(work) { escapable in
            let box = WorkBox(escapable)
            return try await withCheckedThrowingContinuation { continuation in
                queue.async {
                    continuation.resume(with: box.run())
                }
            }
        }
    }

    /// Schedules `work` on the queue without waiting for it, for cleanup such as closing a
    /// connection that was dropped from its pool.
    package func schedule(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }

    /// Runs blocking `work` on a global queue, for work that owns no connection yet (opening
    /// one).
    package static func detached<T: Sendable>(
        _ work: @escaping @Sendable () throws -> T
    )
        async throws -> T
    {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}

/// Holds a closure that must not outlive the call that lent it: ``run()`` drops it before the
/// caller resumes, so `withoutActuallyEscaping` finds it released.
///
/// `@unchecked Sendable`: the closure is set once, then read and cleared by the one queue
/// block that runs it, before the continuation resumes the owner.
private final class WorkBox<T: Sendable>: @unchecked Sendable {
    private var work: (@Sendable () throws -> T)?

    init(_ work: @escaping @Sendable () throws -> T) {
        self.work = work
    }

    func run() -> Result<T, any Error> {
        let result = Result { try work!() }
        work = nil
        return result
    }
}
