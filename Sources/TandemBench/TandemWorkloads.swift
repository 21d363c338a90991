import CreatorModels
import Foundation
import Tandem

/// The workloads through Tandem's public storage API. One implementation serves both engines;
/// only the SQL of containment and streaming differs by dialect.
enum TandemWorkloads {
    static func seconds(_ body: () async throws -> Void) async rethrows -> Double {
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// One statement per record, in one transaction.
    static func insert(_ storage: any Storage, _ data: BenchDataset) async throws -> Double {
        let sql = ContentRow.insertSQL(rows: 1)
        return try await seconds {
            try await storage.write { db in
                var arguments: [DatabaseValue] = []
                arguments.reserveCapacity(ContentRow.insertColumns.count)
                for content in data.contents {
                    arguments.removeAll(keepingCapacity: true)
                    ContentRow.append(content, to: &arguments)
                    try db.execute(sql, arguments)
                }
            }
        }
    }

    /// Multi-row INSERT statements of `batchSize` records, in one transaction.
    static func insertBatch(
        _ storage: any Storage, _ data: BenchDataset, batchSize: Int = 500
    )
        async throws -> Double
    {
        try await seconds {
            try await storage.write { db in
                var arguments: [DatabaseValue] = []
                arguments.reserveCapacity(batchSize * ContentRow.insertColumns.count)
                var start = 0
                while start < data.contents.count {
                    let batch = data.contents[start..<min(start + batchSize, data.contents.count)]
                    arguments.removeAll(keepingCapacity: true)
                    for content in batch { ContentRow.append(content, to: &arguments) }
                    try db.execute(ContentRow.insertSQL(rows: batch.count), arguments)
                    start += batchSize
                }
            }
        }
    }

    /// Every content, decoded into `Content` values.
    static func fetch(_ storage: any Storage) async throws -> (Double, Int) {
        let sql = "SELECT \(ContentRow.selectList) FROM contents ORDER BY id"
        var count = 0
        let time = try await seconds {
            count = try await storage.read { db in
                try db.fetchAll(sql, [], ContentRow.decode).count
            }
        }
        return (time, count)
    }

    /// Keyset pages on (user, status, created_at DESC), ties broken by id.
    static func paginate(
        _ storage: any Storage, _ data: BenchDataset, pages: Int, pageSize: Int
    ) async throws -> (Double, Int) {
        let first =
            "SELECT \(ContentRow.selectList) FROM contents WHERE user_id = $1 AND status = $2"
            + " ORDER BY created_at DESC, id DESC LIMIT $3"
        let next =
            "SELECT \(ContentRow.selectList) FROM contents WHERE user_id = $1 AND status = $2"
            + " AND (created_at, id) < ($3, $4)"
            + " ORDER BY created_at DESC, id DESC LIMIT $5"
        var count = 0
        let user = DatabaseValue.uuid(data.userID)
        let status = DatabaseValue.text(ContentStatus.draft.rawValue)
        let time = try await seconds {
            count = try await storage.read { db in
                var read = 0
                var last: Content?
                var page: [Content] = []
                for _ in 0..<pages {
                    page.removeAll(keepingCapacity: true)
                    if let last {
                        try db.forEachRow(
                            next,
                            [
                                user, status, .date(last.createdAt), .uuid(last.id),
                                .integer(Int64(pageSize)),
                            ]
                        ) { page.append(try ContentRow.decode($0)) }
                    } else {
                        try db.forEachRow(first, [user, status, .integer(Int64(pageSize))]) {
                            page.append(try ContentRow.decode($0))
                        }
                    }
                    read += page.count
                    last = page.count == pageSize ? page.last : nil
                }
                return read
            }
        }
        return (time, count)
    }

    /// Point lookups by primary key.
    static func lookup(_ storage: any Storage, ids: [UUID]) async throws -> (Double, Int) {
        let sql = "SELECT \(ContentRow.selectList) FROM contents WHERE id = $1"
        var count = 0
        let time = try await seconds {
            count = try await storage.read { db in
                var found = 0
                for id in ids {
                    found += try db.fetchAll(sql, [.uuid(id)], ContentRow.decode).count
                }
                return found
            }
        }
        return (time, count)
    }

    /// "Contents of this user that carry tag X", served by the GIN index or its fallback.
    static func contains(
        _ storage: any Storage, _ data: BenchDataset, queries: Int
    )
        async throws -> (Double, Int)
    {
        let sql =
            storage.dialect == .postgresql
            ? "SELECT id, title FROM contents WHERE user_id = $1 AND tags @> ARRAY[$2]::text[]"
            : "SELECT id, title FROM contents WHERE user_id = $1 AND id IN (SELECT owner_id FROM "
                + "\"ix_contents_tags__elements\" WHERE value = $2)"
        var count = 0
        let time = try await seconds {
            count = try await storage.read { db in
                var read = 0
                for query in 0..<queries {
                    let tag = data.tagVocabulary[(query * 37) % data.tagVocabulary.count]
                    let found = try db.fetchAll(sql, [.uuid(data.userID), .text(tag)]) { row in
                        (try row.decode(UUID.self, at: 0), try row.decode(String?.self, at: 1))
                    }
                    read += found.count
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
