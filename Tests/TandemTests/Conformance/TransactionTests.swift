import Foundation
import Tandem
import Testing

@Suite("Transactions behave alike on every engine")
struct TransactionTests {
    static func count(_ storage: any Storage) async throws -> Int {
        try await storage.read { db in
            try db.fetchOne("SELECT count(*) FROM samples")!.decode(Int.self, at: 0)
        }
    }

    static func insert(_ db: Database) throws {
        try db.execute("INSERT INTO samples (id) VALUES ($1)", [.uuid(UUID())])
    }

    @Test("a transaction that returns commits", arguments: StorageKind.allCases)
    func commits(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                try Self.insert(db)
                try Self.insert(db)
            }
            #expect(try await Self.count(storage) == 2)
        }
    }

    @Test("a thrown error rolls back everything", arguments: StorageKind.allCases)
    func thrownErrorRollsBack(kind: StorageKind) async throws {
        struct Abandon: Error {}
        try await withStorage(kind) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            await #expect(throws: Abandon.self) {
                try await storage.write { db in
                    try Self.insert(db)
                    try Self.insert(db)
                    throw Abandon()
                }
            }
            #expect(try await Self.count(storage) == 0)
        }
    }

    @Test("a savepoint rolls back alone", arguments: StorageKind.allCases)
    func savepointRollsBackAlone(kind: StorageKind) async throws {
        struct Abandon: Error {}
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                try Self.insert(db)
                do {
                    try db.inSavepoint {
                        try Self.insert(db)
                        throw Abandon()
                    }
                    Issue.record("the savepoint's error was not rethrown")
                } catch is Abandon {
                    // Expected: the savepoint rolled back alone.
                }
                try db.inSavepoint {
                    try Self.insert(db)
                    try db.inSavepoint { try Self.insert(db) }
                }
            }
            #expect(try await Self.count(storage) == 3)
        }
    }

    @Test("a failed statement aborts the transaction", arguments: StorageKind.allCases)
    func failedStatementAborts(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            let id = UUID()
            await expectDatabaseError(.transactionAborted) {
                try await storage.write { db in
                    try db.execute("INSERT INTO samples (id) VALUES ($1)", [.uuid(id)])
                    #expect(throws: DatabaseError.self) {
                        try db.execute("INSERT INTO samples (id) VALUES ($1)", [.uuid(id)])
                    }
                    // Swallowing the error does not make the transaction usable again…
                    let error = #expect(throws: DatabaseError.self) { try Self.insert(db) }
                    #expect(error?.code == .transactionAborted)
                    // …and returning normally still rolls back and reports why.
                }
            }
            #expect(try await Self.count(storage) == 0)
        }
    }

    @Test("a savepoint recovers from a failed statement", arguments: StorageKind.allCases)
    func savepointRecovers(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let id = UUID()
            try await storage.write { db in
                try SampleTable.create(db)
                try db.execute("INSERT INTO samples (id) VALUES ($1)", [.uuid(id)])
                let duplicate = try? db.inSavepoint {
                    try db.execute("INSERT INTO samples (id) VALUES ($1)", [.uuid(id)])
                }
                #expect(duplicate == nil)
                try Self.insert(db)
            }
            #expect(try await Self.count(storage) == 2)
        }
    }

    @Test("a read transaction cannot write", arguments: StorageKind.allCases)
    func readOnly(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            await expectDatabaseError(.readOnlyTransaction) {
                try await storage.read { db in try Self.insert(db) }
            }
            #expect(try await Self.count(storage) == 0)
        }
    }

    @Test("a read sees committed writes", arguments: StorageKind.allCases)
    func readSeesCommittedWrites(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                try Self.insert(db)
            }
            for _ in 0..<10 {
                #expect(try await Self.count(storage) == 1)
            }
        }
    }
}
