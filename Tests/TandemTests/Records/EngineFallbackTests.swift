import Foundation
import Tandem
import Testing

/// A model with a string array that no GIN index covers: SQLite answers containment by
/// reading the JSON array itself (`json_each`), PostgreSQL with `@>` and `&&`.
private struct Note: Model, Equatable {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var labels: [String] = []
    var weight: Double = 0

    static let schema = ModelSchema<Note> {
        Column(\.labels, default: .value(.textArray([])))
        Column(\.weight)
    }
}

/// The deliberate differences of Docs/Dialects.md that no other suite shows: bulk inserts
/// that fail, array containment without an index, and sums of doubles.
@Suite("Engine fallbacks: same rows, same errors")
struct EngineFallbackTests {
    @Test(
        "a failing bulk insert throws the same error on both engines and writes nothing",
        arguments: StorageKind.allCases)
    func failingBulkInsert(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let author = try await storage.write { db in
                try ArticleSchema.create(in: db)
                return try db.insert(Author(name: "批量"))
            }
            // 1,000 rows: past one SQLite batch; the duplicate sits in the second batch.
            let articles = (0..<1_000).map {
                Article(authorID: author.id, title: $0 == 700 ? "第10篇" : "第\($0)篇")
            }
            let duplicate = await expectDatabaseError(.uniqueViolation) {
                try await storage.write { db in try db.insert(contentsOf: articles) }
            }
            #expect(duplicate?.table == "articles")
            #expect(duplicate?.constraint == "uix_articles_author_title")

            let orphans = (0..<3).map { Article(authorID: UUID(), title: "孤儿\($0)") }
            _ = await expectDatabaseError(.foreignKeyViolation) {
                try await storage.write { db in try db.insert(contentsOf: orphans) }
            }

            let tooLong = (0..<5).map {
                Article(authorID: author.id, title: String(repeating: "长", count: $0 == 4 ? 41 : 1))
            }
            let long = await expectDatabaseError(.valueTooLong) {
                try await storage.write { db in try db.insert(contentsOf: tooLong) }
            }
            #expect(long?.column == "title")

            let count = try await storage.read { db in try db.fetchCount(Article.all()) }
            #expect(count == 0)
        }
    }

    @Test(
        "containment on an array without an index: json_each on SQLite, the same rows",
        arguments: StorageKind.allCases)
    func containmentWithoutIndex(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let notes = [
                Note(labels: ["红", "绿"]), Note(labels: ["绿"]), Note(labels: []),
                Note(labels: ["蓝", "红", "红"]),
            ]
            try await storage.write { db in
                try db.createTables(for: Note.self)
                try db.insert(contentsOf: notes)
            }
            func ids(_ query: Query<Note>) async throws -> Set<UUID> {
                Set(try await storage.read { db in try db.fetchAll(query) }.map(\.id))
            }
            #expect(
                try await ids(Note.filter(.contains(\.labels, "红"))) == [notes[0].id, notes[3].id])
            #expect(
                try await ids(Note.filter(.containsAll(\.labels, ["红", "绿"]))) == [notes[0].id])
            #expect(
                try await ids(Note.filter(.containsAll(\.labels, ["红", "红"])))
                    == [notes[0].id, notes[3].id])
            #expect(
                try await ids(Note.filter(.containsAny(\.labels, ["蓝", "绿"])))
                    == [notes[0].id, notes[1].id, notes[3].id])
            #expect(try await ids(Note.filter(.containsAny(\.labels, []))) == [])
            #expect(try await ids(Note.filter(.containsAll(\.labels, []))).count == 4)
            #expect(
                try await ids(Note.filter(!.contains(\.labels, "红"))) == [notes[1].id, notes[2].id])

            let sql = try await storage.read { db in
                try db.sql(for: Note.filter(.contains(\.labels, "红"))).sql
            }
            #expect(sql.contains(kind == .postgresql ? "@>" : "json_each"), "\(sql)")
        }
    }

    @Test(
        "sums and averages of doubles: exact values agree; others within the last bits",
        arguments: StorageKind.allCases)
    func doubleSums(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let exact = [0.5, 1.25, -2.75, 1024.0]
            let inexact = [0.1, 0.2, 0.3, 1e-3, 7.7]
            try await storage.write { db in
                try db.createTables(for: Note.self)
                try db.insert(contentsOf: exact.map { Note(labels: ["exact"], weight: $0) })
                try db.insert(contentsOf: inexact.map { Note(labels: ["inexact"], weight: $0) })
            }
            let exactNotes = Note.filter(.contains(\.labels, "exact"))
            let inexactNotes = Note.filter(.contains(\.labels, "inexact"))
            let (exactSum, exactAverage, inexactSum) = try await storage.read { db in
                (
                    try db.aggregate(exactNotes, .sum(\.weight)),
                    try db.aggregate(exactNotes, .average(\.weight)),
                    try db.aggregate(inexactNotes, .sum(\.weight))
                )
            }
            // Sums of values a double holds exactly are exact, whatever the order of the rows.
            #expect(exactSum == 1_023.0)
            #expect(exactAverage == 255.75)
            // Others are rounded at each addition, in the order the engine scans the rows.
            let expected = inexact.reduce(0, +)
            #expect(abs((inexactSum ?? 0) - expected) <= 4 * expected.ulp)
        }
    }
}

/// A soft-deletable model whose key is unique among all rows, deleted ones included.
private struct Tagline: SoftDeletable, Equatable {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var deletedAt: Date?
    var isDeleted = false
    var code: String
    var text: String

    static let schema = ModelSchema<Tagline> {
        SoftDelete()
        Column(\.code, maxLength: 20)
        Column(\.text)
        Unique(\.code, name: "uq_taglines_code")
    }
}

@Suite("Records: upsert and rows marked deleted")
struct UpsertDeletedRowTests {
    @Test(
        "under a plain unique constraint, upsert updates the deleted row and brings it back",
        arguments: StorageKind.allCases)
    func upsertRevives(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let first = try await storage.write { db in
                try db.createTables(for: Tagline.self)
                let first = try db.insert(Tagline(code: "spring", text: "春天"))
                try db.delete(first)
                return first
            }
            let stored = try await storage.write { db in
                try db.upsert(Tagline(code: "spring", text: "春天来了"), onConflict: \.code)
            }
            #expect(stored.id == first.id)
            #expect(stored.text == "春天来了")
            #expect(!stored.isDeleted)
            #expect(stored.deletedAt == nil)
            let live = try await storage.read { db in try db.fetchAll(Tagline.all()) }
            #expect(live.map(\.id) == [first.id])
        }
    }
}
