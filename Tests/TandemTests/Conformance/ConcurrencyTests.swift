import Foundation
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
}
