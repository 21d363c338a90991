import Synchronization

/// A bounded pool of connections shared by concurrent transactions.
///
/// A transaction takes a connection with ``acquire()`` and gives it back with
/// ``release(_:isBroken:)``. When all `maximumCount` connections are in use, callers wait in
/// order. A broken connection is dropped on release and its slot reopened on demand, which is
/// how a pool recovers after a server restart.
package final class ConnectionPool<Connection: AnyObject & Sendable>: Sendable {
    private struct State {
        var idle: [Connection] = []
        var openCount = 0
        var isClosed = false
        /// Waiters get a connection, or `nil` meaning "a slot is free: open one".
        var waiters: [CheckedContinuation<Connection?, any Error>] = []
    }

    private enum Acquisition {
        case use(Connection)
        case open
        case wait
    }

    /// The most connections open at once.
    package let maximumCount: Int
    private let open: @Sendable () async throws -> Connection
    private let state = Mutex(State())

    package init(maximumCount: Int, open: @escaping @Sendable () async throws -> Connection) {
        precondition(maximumCount > 0, "a pool needs room for one connection")
        self.maximumCount = maximumCount
        self.open = open
    }

    /// Takes an idle connection, opens a new one when there is room, or waits.
    package func acquire() async throws -> Connection {
        let next: Acquisition = try state.withLock { state in
            if state.isClosed { throw Self.closedError() }
            if let connection = state.idle.popLast() { return .use(connection) }
            if state.openCount < maximumCount {
                state.openCount += 1
                return .open
            }
            return .wait
        }

        switch next {
        case .use(let connection):
            return connection
        case .open:
            return try await openReservedSlot()
        case .wait:
            let handed: Connection? = try await withCheckedThrowingContinuation { continuation in
                let resumeNow: Result<Connection?, any Error>? = state.withLock { state in
                    if state.isClosed { return .failure(Self.closedError()) }
                    if let connection = state.idle.popLast() { return .success(connection) }
                    if state.openCount < maximumCount {
                        state.openCount += 1
                        return .success(nil)
                    }
                    state.waiters.append(continuation)
                    return nil
                }
                if let resumeNow { continuation.resume(with: resumeNow) }
            }
            if let handed { return handed }
            return try await openReservedSlot()
        }
    }

    /// Gives a connection back. Returns `true` when the caller must close it: it was broken,
    /// or the pool is closed.
    package func release(_ connection: Connection, isBroken: Bool) -> Bool {
        let (waiter, handOver, mustClose):
            (CheckedContinuation<Connection?, any Error>?, Connection?, Bool) =
                state.withLock { state in
                    if isBroken || state.isClosed {
                        state.openCount -= 1
                        if !state.isClosed, !state.waiters.isEmpty {
                            state.openCount += 1
                            return (state.waiters.removeFirst(), nil, true)
                        }
                        return (nil, nil, true)
                    }
                    if !state.waiters.isEmpty {
                        return (state.waiters.removeFirst(), connection, false)
                    }
                    state.idle.append(connection)
                    return (nil, nil, false)
                }
        waiter?.resume(returning: handOver)
        return mustClose
    }

    /// Closes the pool: waiters fail, later calls fail, and the idle connections are returned
    /// for the caller to close. Connections in use are returned to their callers as
    /// must-close when released.
    package func close() -> [Connection] {
        let (idle, waiters) = state.withLock { state in
            state.isClosed = true
            let idle = state.idle
            state.openCount -= idle.count
            state.idle = []
            let waiters = state.waiters
            state.waiters = []
            return (idle, waiters)
        }
        for waiter in waiters { waiter.resume(throwing: Self.closedError()) }
        return idle
    }

    /// Whether ``close()`` was called.
    package var isClosed: Bool { state.withLock { $0.isClosed } }

    private func openReservedSlot() async throws -> Connection {
        do {
            return try await open()
        } catch {
            let waiter = state.withLock { state in
                state.openCount -= 1
                guard !state.isClosed, !state.waiters.isEmpty else {
                    return CheckedContinuation<Connection?, any Error>?.none
                }
                state.openCount += 1
                return state.waiters.removeFirst()
            }
            waiter?.resume(returning: nil)
            throw error
        }
    }

    private static func closedError() -> DatabaseError {
        DatabaseError(.storageClosed, "the storage is closed")
    }
}
