import Synchronization

/// A bounded pool of connections shared by concurrent transactions.
///
/// A transaction takes a connection with ``acquire()`` and gives it back with
/// ``release(_:isBroken:)``. When all `maximumCount` connections are in use, callers wait in
/// order; a waiting task that is cancelled leaves the line with `CancellationError`. A broken
/// connection is dropped on release and its slot reopened on demand, which is how a pool
/// recovers after a server restart.
package final class ConnectionPool<Connection: AnyObject & Sendable>: Sendable {
    private struct State {
        var idle: [Connection] = []
        var openCount = 0
        var isClosed = false
        /// Waiters get a connection, or `nil` meaning "a slot is free: open one".
        var waiters: [Waiter] = []
        var nextWaiterID = 0
        /// Waiters about to join the line; cancelling one marks it in `cancelledWaiterIDs`.
        var arrivingWaiterIDs: Set<Int> = []
        /// Arriving waiters whose task was cancelled: they are refused on arrival.
        var cancelledWaiterIDs: Set<Int> = []
    }

    private struct Waiter {
        let id: Int
        let continuation: CheckedContinuation<Connection?, any Error>
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
            let id = state.withLock { state in
                defer { state.nextWaiterID += 1 }
                state.arrivingWaiterIDs.insert(state.nextWaiterID)
                return state.nextWaiterID
            }
            let handed: Connection? = try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    let resumeNow: Result<Connection?, any Error>? = state.withLock { state in
                        state.arrivingWaiterIDs.remove(id)
                        if state.cancelledWaiterIDs.remove(id) != nil {
                            return .failure(CancellationError())
                        }
                        if state.isClosed { return .failure(Self.closedError()) }
                        if let connection = state.idle.popLast() { return .success(connection) }
                        if state.openCount < maximumCount {
                            state.openCount += 1
                            return .success(nil)
                        }
                        state.waiters.append(Waiter(id: id, continuation: continuation))
                        return nil
                    }
                    if let resumeNow { continuation.resume(with: resumeNow) }
                }
            } onCancel: {
                let waiter = state.withLock { state -> Waiter? in
                    if state.arrivingWaiterIDs.contains(id) {
                        // Not in line yet: it is refused when it arrives.
                        state.cancelledWaiterIDs.insert(id)
                        return nil
                    }
                    // In line: it leaves now. Already served: nothing to undo.
                    guard let index = state.waiters.firstIndex(where: { $0.id == id }) else {
                        return nil
                    }
                    return state.waiters.remove(at: index)
                }
                waiter?.continuation.resume(throwing: CancellationError())
            }
            if let handed { return handed }
            return try await openReservedSlot()
        }
    }

    /// Gives a connection back. Returns `true` when the caller must close it: it was broken,
    /// or the pool is closed.
    package func release(_ connection: Connection, isBroken: Bool) -> Bool {
        let (waiter, handOver, mustClose): (Waiter?, Connection?, Bool) =
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
        waiter?.continuation.resume(returning: handOver)
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
        for waiter in waiters { waiter.continuation.resume(throwing: Self.closedError()) }
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
                guard !state.isClosed, !state.waiters.isEmpty else { return Waiter?.none }
                state.openCount += 1
                return state.waiters.removeFirst()
            }
            waiter?.continuation.resume(returning: nil)
            throw error
        }
    }

    private static func closedError() -> DatabaseError {
        DatabaseError(.storageClosed, "the storage is closed")
    }
}
