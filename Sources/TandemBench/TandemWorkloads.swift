import CreatorModels
import Foundation
import Tandem

/// The workloads through Tandem's public API as application code uses it: the records
/// (Codable-level) API for inserts and queries of `Content`, one implementation for both
/// engines. Only `stream` reads raw rows (`forEachRow`): its generated rows are not records,
/// and its SQL differs by dialect.
enum TandemWorkloads {
    static func seconds(_ body: () async throws -> Void) async rethrows -> Double {
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// `db.insert(_:)` once per record, in one transaction; the dataset's timestamps are kept.
    static func insert(_ storage: any Storage, _ data: BenchDataset) async throws -> Double {
        try await seconds {
            try await storage.write { db in
                for content in data.contents {
                    try db.insert(content, timestamps: .preserved)
                }
            }
        }
    }

    /// `db.insert(contentsOf:)` with every record, in one transaction: multi-row INSERTs of as
    /// many rows as the records API puts in one statement.
    static func insertBatch(_ storage: any Storage, _ data: BenchDataset) async throws -> Double {
        try await seconds {
            try await storage.write { db in
                _ = try db.insert(contentsOf: data.contents, timestamps: .preserved)
            }
        }
    }

    /// Every content not marked deleted, as `Content` values, in id order.
    static func fetch(_ storage: any Storage) async throws -> (Double, Int) {
        let query = Content.all().order(by: .ascending(\.id))
        var count = 0
        let time = try await seconds {
            count = try await storage.read { db in try db.fetchAll(query).count }
        }
        return (time, count)
    }

    /// `pages` keyset pages of the user's drafts, newest first (ties broken by id); when a
    /// page has no next cursor, the next page starts again from the first.
    static func paginate(
        _ storage: any Storage, _ data: BenchDataset, pages: Int, pageSize: Int
    ) async throws -> (Double, Int) {
        let query = Content.filter(\.userID == data.userID && \.status == ContentStatus.draft)
            .order(by: .descending(\.createdAt))
        var count = 0
        let time = try await seconds {
            count = try await storage.read { db in
                var read = 0
                var cursor: PageCursor?
                for _ in 0..<pages {
                    let page = try db.fetchPage(query, size: pageSize, after: cursor)
                    read += page.records.count
                    cursor = page.nextCursor
                }
                return read
            }
        }
        return (time, count)
    }

    /// Point lookups by primary key with `db.find(_:id:)`.
    static func lookup(_ storage: any Storage, ids: [UUID]) async throws -> (Double, Int) {
        var count = 0
        let time = try await seconds {
            count = try await storage.read { db in
                var found = 0
                for id in ids where try db.find(Content.self, id: id) != nil {
                    found += 1
                }
                return found
            }
        }
        return (time, count)
    }

    /// "Contents of this user that carry tag X" as `Content` values, served by the GIN index
    /// or its element-table fallback.
    static func contains(
        _ storage: any Storage, _ data: BenchDataset, queries: Int
    )
        async throws -> (Double, Int)
    {
        let tags = data.queriedTags(count: queries)
        var count = 0
        let time = try await seconds {
            count = try await storage.read { db in
                var read = 0
                for tag in tags {
                    let query = Content.filter(\.userID == data.userID && .contains(\.tags, tag))
                    read += try db.fetchAll(query).count
                }
                return read
            }
        }
        return (time, count)
    }

    /// `rows` generated rows through the streaming cursor; returns the peak memory growth.
    static func stream(_ storage: any Storage, rows: Int) async throws -> (Double, Int, Int?) {
        let sql =
            storage.dialect == .postgresql
            ? "SELECT n, 'row ' || n, n * 0.5::float8 FROM generate_series(1, $1::bigint) AS s(n)"
            : "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $1) "
                + "SELECT n, 'row ' || n, n * 0.5 FROM s"
        var count = 0
        let baseline = PeakMemory.resetAndRead()
        let time = try await seconds {
            count = try await storage.read { db in
                var read = 0
                try db.forEachRow(sql, [.integer(Int64(rows))]) { row in
                    _ = try row.decode(Int64.self, at: 0)
                    _ = try row.decode(String.self, at: 1)
                    _ = try row.decode(Double.self, at: 2)
                    read += 1
                }
                return read
            }
        }
        let peak = PeakMemory.highWaterMark().flatMap { high in baseline.map { high - $0 } }
        return (time, count, peak)
    }
}
