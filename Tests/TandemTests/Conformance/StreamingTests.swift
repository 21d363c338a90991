import Foundation
import Tandem
import Testing

@Suite("Streaming rows")
struct StreamingTests {
    static let seriesSQL = """
        WITH RECURSIVE series(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM series WHERE n < $1)
        SELECT n, 'row ' || CAST(n AS TEXT) AS label FROM series
        """

    @Test("a large result streams row by row", arguments: StorageKind.allCases)
    func streams(kind: StorageKind) async throws {
        let (count, sum) = try await withStorage(kind) { storage in
            try await storage.read { db in
                var count = 0
                var sum: Int64 = 0
                try db.forEachRow(Self.seriesSQL, [50_000]) { row in
                    sum += try row.decode(Int64.self, at: 0)
                    count += 1
                    if count == 1 {
                        #expect(try row.decode(String.self, named: "label") == "row 1")
                    }
                }
                return (count, sum)
            }
        }
        #expect(count == 50_000)
        #expect(sum == 50_000 * 50_001 / 2)
    }

    @Test("stopping early leaves the connection usable", arguments: StorageKind.allCases)
    func stopsEarly(kind: StorageKind) async throws {
        struct Enough: Error {}
        try await withStorage(kind, maximumConnections: 1) { storage in
            let seen = try await storage.read { db in
                var seen = 0
                #expect(throws: Enough.self) {
                    try db.forEachRow(Self.seriesSQL, [10_000]) { _ in
                        seen += 1
                        if seen == 10 { throw Enough() }
                    }
                }
                // The body's error does not abort the transaction.
                let next = try db.fetchOne("SELECT 7")?.decode(Int.self, at: 0)
                #expect(next == 7)
                return seen
            }
            #expect(seen == 10)
            let again = try await storage.read { db in try db.fetchAll(Self.seriesSQL, [3]).count }
            #expect(again == 3)
        }
    }

    @Test("a streamed row cannot be read after its turn", arguments: StorageKind.allCases)
    func staleRow(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.read { db in
                var rows: [Row] = []
                try db.forEachRow(Self.seriesSQL, [3]) { rows.append($0) }
                #expect(rows.count == 3)
                let error = #expect(throws: DatabaseError.self) {
                    try rows[0].decode(Int.self, at: 0)
                }
                #expect(error?.code == .misuse)
            }
        }
    }

    @Test("a query can run inside another's row loop", arguments: StorageKind.allCases)
    func nestedQueries(kind: StorageKind) async throws {
        let pairs = try await withStorage(kind) { storage in
            try await storage.read { db in
                var pairs: [Int] = []
                try db.forEachRow(Self.seriesSQL, [3]) { outer in
                    let n = try outer.decode(Int.self, at: 0)
                    // The same SQL again, while the outer statement is still stepping.
                    try db.forEachRow(Self.seriesSQL, [2]) { inner in
                        pairs.append(n * 10 + (try inner.decode(Int.self, at: 0)))
                    }
                }
                return pairs
            }
        }
        #expect(pairs == [11, 12, 21, 22, 31, 32])
    }

    @Test("fetchAll with a transform decodes every row in place", arguments: StorageKind.allCases)
    func transformingFetch(kind: StorageKind) async throws {
        struct Stop: Error {}
        try await withStorage(kind) { storage in
            let labels = try await storage.read { db in
                try db.fetchAll(Self.seriesSQL, [5]) { try $0.decode(String?.self, named: "label") }
            }
            #expect(labels == ["row 1", "row 2", "row 3", "row 4", "row 5"])
            try await storage.read { db in
                var calls = 0
                #expect(throws: Stop.self) {
                    _ = try db.fetchAll(Self.seriesSQL, [5]) { _ -> Int in
                        calls += 1
                        throw Stop()
                    }
                }
                #expect(calls == 1)
                // A decoding error from the transform does not abort the transaction either.
                #expect(throws: DatabaseError.self) {
                    _ = try db.fetchAll("SELECT NULL") { try $0.decode(Int.self, at: 0) }
                }
                // The transform's error does not abort the transaction.
                let one = try db.fetchAll("SELECT 1") { try $0.decode(Int.self, at: 0) }
                #expect(one == [1])
            }
        }
    }
}
