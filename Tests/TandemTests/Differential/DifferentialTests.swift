import Foundation
import Tandem
import Testing

/// Loads one generated dataset into SQLite and PostgreSQL, runs generated queries through the
/// builder on both, and requires identical answers in identical order.
@Suite("Differential: SQLite and PostgreSQL give the same answers")
struct DifferentialTests {
    /// The seed, fixed so that CI repeats itself; `TANDEM_DIFFERENTIAL_SEED` explores others.
    static let seed: UInt64 =
        ProcessInfo.processInfo.environment["TANDEM_DIFFERENTIAL_SEED"].flatMap { UInt64($0) }
        ?? 20_261_203
    static let queryCount = 700

    @Test("generated queries, counts, aggregates, groups, pages and streams agree")
    func differential() async throws {
        let dataset = DifferentialDataset(seed: Self.seed, count: 600)
        try await withStorage(.sqliteMemory) { sqlite in
            try await withStorage(.postgresql) { postgres in
                for storage in [sqlite, postgres] {
                    try await storage.write { db in
                        try ArticleSchema.create(in: db)
                        try db.insert(contentsOf: dataset.authors, timestamps: .preserved)
                        try db.insert(contentsOf: dataset.articles, timestamps: .preserved)
                    }
                }
                var checks = 0
                var generator = DifferentialQueries(seed: Self.seed, dataset: dataset)
                for index in 0..<Self.queryCount {
                    let generated = generator.query()
                    checks += try await compare(generated, index, sqlite, postgres)
                }
                print(
                    "differential: \(checks) checks of \(Self.queryCount) generated queries agreed"
                        + " on SQLite and PostgreSQL (seed \(Self.seed), \(dataset.articles.count) rows)"
                )
                #expect(checks > Self.queryCount * 3)
            }
        }
    }

    /// Runs one generated query and its derived reads on both engines; returns how many
    /// answers were compared.
    private func compare(
        _ generated: (description: String, query: Query<Article>, isOrdered: Bool), _ index: Int,
        _ sqlite: any Storage, _ postgres: any Storage
    ) async throws -> Int {
        let query = generated.query
        let label = "query \(index): \(generated.description)"
        var checks = 0

        func both<T: Sendable & Equatable>(
            _ what: String, _ read: @escaping @Sendable (Database) throws -> T
        ) async throws -> T? {
            let left: T
            let right: T
            do {
                left = try await sqlite.read(read)
                right = try await postgres.read(read)
            } catch {
                Issue.record("\(label) — \(what): \(error)")
                return nil
            }
            #expect(left == right, "\(label) — \(what)")
            checks += 1
            return left
        }

        let records = try await both("fetchAll") { db in
            let records = try db.fetchAll(query)
            return generated.isOrdered
                ? records : records.sorted { $0.id.uuidString < $1.id.uuidString }
        }
        let count = try await both("fetchCount") { db in try db.fetchCount(query) }
        #expect(count == records?.count, "\(label) — count matches the rows")
        let exists = try await both("exists") { db in try db.exists(query) }
        if let exists, let count {
            #expect(exists == (count > 0), "\(label) — exists agrees with the count")
        }
        _ = try await both("fetchOne") { db in try db.fetchOne(query)?.id }

        if index % 3 == 0 {
            _ = try await both("sum") { db in try db.aggregate(query, .sum(\.score)) }
            _ = try await both("average") { db in try db.aggregate(query, .average(\.score)) }
            _ = try await both("min title") { db in try db.aggregate(query, .minimum(\.title)) }
            _ = try await both("max rating") { db in try db.aggregate(query, .maximum(\.rating)) }
            _ = try await both("max publishedAt") { db in
                try db.aggregate(query, .maximum(\.publishedAt))
            }
        }
        let unlimited = query.limit == nil && query.offset == 0
        if index % 4 == 1 && unlimited {
            let unordered = query.order(by: [])
            _ = try await both("groups by day") { db in
                try db.fetchGroups(unordered, by: .day(\.createdAt), .count).map(GroupRow.init)
            }
            _ = try await both("groups by ISO week") { db in
                try db.fetchGroups(unordered, by: .isoWeek(\.createdAt), .sum(\.score)).map(
                    GroupRow.init)
            }
            _ = try await both("groups by month") { db in
                try db.fetchGroups(unordered, by: .month(\.createdAt), .average(\.score)).map(
                    GroupRow.init)
            }
            _ = try await both("groups by status") { db in
                try db.fetchGroups(unordered, by: .column(\.status), .count).map {
                    GroupRow(key: $0.key.rawValue, value: $0.value)
                }
            }
        }
        if index % 4 == 2 && unlimited {
            let size = 1 + index % 13
            let walked = try await both("keyset pages of \(size)") { db in
                var ids: [UUID] = []
                var cursor: PageCursor?
                repeat {
                    let page = try db.fetchPage(query, size: size, after: cursor)
                    ids += page.records.map(\.id)
                    cursor = page.nextCursor
                } while cursor != nil
                return ids
            }
            if generated.isOrdered, let records {
                #expect(walked == records.map(\.id), "\(label) — pages walk the query's order")
            }
        }
        if index % 5 == 3 {
            _ = try await both("stream") { db in
                var ids: [UUID] = []
                try db.forEach(query) { ids.append($0.id) }
                return generated.isOrdered ? ids : ids.sorted { $0.uuidString < $1.uuidString }
            }
        }
        return checks
    }
}

/// A group's key and value, comparable across engines.
private struct GroupRow<Key: Equatable & Sendable, Value: Equatable & Sendable>: Equatable, Sendable
{
    let key: Key
    let value: Value

    init(key: Key, value: Value) {
        self.key = key
        self.value = value
    }

    init(_ pair: (key: Key, value: Value)) {
        self.init(key: pair.key, value: pair.value)
    }
}
