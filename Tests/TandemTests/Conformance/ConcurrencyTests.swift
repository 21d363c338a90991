import Foundation
import Synchronization
import Tandem
import Testing

@Suite("Concurrent transactions")
struct ConcurrencyTests {
    @Test("concurrent writers never lose a row", arguments: StorageKind.allCases)
    func concurrentWriters(kind: StorageKind) async throws {
        let count = try await withStorage(kind) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        try await storage.write { db in
                            let before = try db.fetchOne("SELECT count(*) FROM samples")!
                                .decode(Int.self, at: 0)
                            try db.execute(
                                "INSERT INTO samples (id, number) VALUES ($1, $2)",
                                [.uuid(UUID()), .integer(Int64(before))])
                        }
                    }
                }
                try await group.waitForAll()
            }
            return try await storage.read { db in
                try db.fetchOne("SELECT count(*) FROM samples")!.decode(Int.self, at: 0)
            }
        }
        #expect(count == 40)
    }

    @Test("readers run while a writer works", arguments: StorageKind.allCases)
    func readersAlongsideWriter(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                try db.execute("INSERT INTO samples (id) VALUES ($1)", [.uuid(UUID())])
            }
            try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    try await storage.write { db in
                        for _ in 0..<200 {
                            try db.execute("INSERT INTO samples (id) VALUES ($1)", [.uuid(UUID())])
                        }
                        return 0
                    }
                }
                for _ in 0..<20 {
                    group.addTask {
                        try await storage.read { db in
                            try db.fetchOne("SELECT count(*) FROM samples")!.decode(Int.self, at: 0)
                        }
                    }
                }
                for try await count in group where count != 0 {
                    // Each reader sees either the state before the writer or after it.
                    #expect(count == 1 || count == 201)
                }
            }
        }
    }

    @Test("a task waiting for a connection can be cancelled", arguments: StorageKind.allCases)
    func cancelWaiting(kind: StorageKind) async throws {
        try await withStorage(kind, maximumConnections: 1) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            let release = Mutex(false)
            let holding = Mutex(false)
            let holder = Task {
                try await storage.write { db in
                    holding.withLock { $0 = true }
                    while !release.withLock({ $0 }) { usleep(2_000) }
                    try TransactionTests.insert(db)
                }
            }
            // The only connection is taken before the second task asks for one.
            while !holding.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
            let waiter = Task {
                try await storage.write { db in try TransactionTests.insert(db) }
            }
            try await Task.sleep(for: .milliseconds(100))
            waiter.cancel()
            await #expect(throws: CancellationError.self) { try await waiter.value }

            release.withLock { $0 = true }
            try await holder.value
            try await storage.write { db in try TransactionTests.insert(db) }
            #expect(try await TransactionTests.count(storage) == 2)
        }
    }
}
