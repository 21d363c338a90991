import Foundation
import Tandem
import Testing

@Suite("Records: insert, update, upsert, delete")
struct RecordTests {
    private func withArticles<T: Sendable>(
        _ kind: StorageKind, _ body: (any Storage, Author) async throws -> T
    ) async throws -> T {
        try await withStorage(kind) { storage in
            let author = try await storage.write { db in
                try ArticleSchema.create(in: db)
                return try db.insert(Author(name: "林小雨"))
            }
            return try await body(storage, author)
        }
    }

    @Test(
        "an inserted record reads back equal, with timestamps set by Tandem",
        arguments: StorageKind.allCases)
    func insertAndFind(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            let old = Date(timeIntervalSince1970: 0)
            let draft = Article(
                createdAt: old, updatedAt: old, authorID: author.id, title: "春天的第一篇",
                subtitle: nil, status: .review, score: 42, rating: 4.5, isPinned: true,
                tags: ["旅行", "emoji 🎉", ""], metadata: ["source": "upload", "width": 1080],
                body: "正文 with 'quotes'; -- and DROP TABLE articles;", publishedAt: nil)
            let stored = try await storage.write { db in try db.insert(draft) }
            #expect(stored.createdAt > old)
            #expect(stored.createdAt == stored.updatedAt)
            #expect(stored.id == draft.id)

            let found = try await storage.read { db in try db.find(Article.self, id: draft.id) }
            #expect(found == stored)
            // A sub-microsecond part is stored rounded: the value returned is the row's.
            let instant = Date(timeIntervalSince1970: 1_700_000_000.250_000_3)
            let fetched = try await storage.write { db in
                try db.insertAndFetch(
                    Article(
                        authorID: author.id, title: "第二篇", metadata: .emptyObject,
                        publishedAt: instant))
            }
            #expect(fetched.metadata == .emptyObject)
            #expect(fetched.status == .draft)
            #expect(fetched.publishedAt != instant)
            #expect(fetched.publishedAt.map(Timestamp.microseconds) == 1_700_000_000_250_000)

            // Preserved timestamps come back as stored, rounded to the microsecond.
            let imported = Article(
                createdAt: instant, updatedAt: instant, authorID: author.id, title: "导入")
            let kept = try await storage.write { db in
                try db.insert(imported, timestamps: .preserved)
            }
            // A date no engine stores is refused when bound, not trapped on while rounding.
            for instant in [Date(timeIntervalSince1970: .nan), Date(timeIntervalSince1970: 1e300)] {
                let unstorable = Article(
                    createdAt: instant, updatedAt: instant, authorID: author.id, title: "无效")
                await expectDatabaseError(.invalidValue) {
                    try await storage.write { db in
                        try db.insert(unstorable, timestamps: .preserved)
                    }
                }
            }
            let keptRow = try await storage.read { db in try db.find(Article.self, id: kept.id) }
            #expect(kept.createdAt != instant)
            #expect(keptRow == kept)
        }
    }

    @Test("many records insert in batches and keep their order", arguments: StorageKind.allCases)
    func insertMany(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            let articles = (0..<2_500).map {
                Article(authorID: author.id, title: "第\($0)篇", score: $0, tags: ["t\($0 % 7)"])
            }
            let stored = try await storage.write { db in try db.insert(contentsOf: articles) }
            #expect(stored.map(\.id) == articles.map(\.id))
            let count = try await storage.read { db in try db.fetchCount(Article.all()) }
            #expect(count == 2_500)
            let tagged = try await storage.read { db in
                try db.fetchCount(Article.filter(.contains(\.tags, "t3")))
            }
            #expect(tagged == articles.filter { $0.tags == ["t3"] }.count)
        }
    }

    @Test(
        "update writes all, some or the changed columns and moves updatedAt",
        arguments: StorageKind.allCases)
    func update(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            let original = try await storage.write { db in
                try db.insert(Article(authorID: author.id, title: "初稿", score: 1))
            }
            var edited = original
            edited.title = "改稿"
            edited.score = 2
            let editedCopy = edited
            let whole = try await storage.write { db in try db.update(editedCopy) }
            #expect(whole.updatedAt > original.updatedAt)
            #expect(whole.createdAt == original.createdAt)

            var partial = whole
            partial.title = "只改标题"
            partial.score = 99
            let partialCopy = partial
            let afterPartial = try await storage.write { db in
                try db.update(partialCopy, columns: \Article.title)
            }
            var changed = afterPartial
            changed.status = .published
            let changedCopy = changed
            let afterChange = try await storage.write { db in
                try db.update(changedCopy, changedFrom: afterPartial)
            }
            let reread = try await storage.read { db in try db.find(Article.self, id: original.id) }
            #expect(reread?.title == "只改标题")
            #expect(reread?.score == 2)
            #expect(reread?.status == .published)
            #expect(reread?.updatedAt == afterChange.updatedAt)
            #expect(afterChange.updatedAt > afterPartial.updatedAt)

            let fetched = try await storage.write { db in try db.updateAndFetch(changedCopy) }
            #expect(fetched.updatedAt > afterChange.updatedAt)

            // A stale copy whose row is dated ahead of the clock: updatedAt still moves past
            // the stored value, and the returned record carries the row's.
            let ahead = Date().addingTimeInterval(3_600)
            let dated = try await storage.write { db in
                try db.insert(
                    Article(createdAt: ahead, updatedAt: ahead, authorID: author.id, title: "预约"),
                    timestamps: .preserved)
            }
            var stale = dated
            stale.updatedAt = Date(timeIntervalSince1970: 0)
            stale.score = 5
            let staleCopy = stale
            let movedOn = try await storage.write { db in try db.update(staleCopy) }
            #expect(movedOn.updatedAt > dated.updatedAt)
            let movedRow = try await storage.read { db in try db.find(Article.self, id: dated.id) }
            #expect(movedRow == movedOn)
            let refetched = try await storage.write { db in try db.updateAndFetch(staleCopy) }
            #expect(refetched.updatedAt > movedOn.updatedAt)

            let missing = Article(authorID: author.id, title: "不存在")
            await expectDatabaseError(.recordNotFound) {
                try await storage.write { db in try db.update(missing) }
            }
            await expectDatabaseError(.misuse) {
                try await storage.write { db in
                    try db.update(changedCopy, columns: \Article.createdAt)
                }
            }
        }
    }

    @Test(
        "upsert inserts, then updates the row that holds the key", arguments: StorageKind.allCases)
    func upsert(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            let first = try await storage.write { db in
                try db.upsert(
                    Article(authorID: author.id, title: "同名", score: 1),
                    onConflict: \Article.authorID, \Article.title)
            }
            let second = try await storage.write { db in
                try db.upsert(
                    Article(authorID: author.id, title: "同名", score: 2),
                    onConflict: \Article.authorID, \Article.title)
            }
            #expect(second.id == first.id)
            #expect(second.score == 2)
            #expect(second.createdAt == first.createdAt)
            #expect(second.updatedAt > first.updatedAt)
            let count = try await storage.read { db in try db.fetchCount(Article.all()) }
            #expect(count == 1)

            // The row a conflict updates keeps moving forward, even when dated ahead.
            let ahead = Date().addingTimeInterval(3_600)
            let dated = try await storage.write { db in
                try db.insert(
                    Article(createdAt: ahead, updatedAt: ahead, authorID: author.id, title: "预约"),
                    timestamps: .preserved)
            }
            let merged = try await storage.write { db in
                try db.upsert(
                    Article(authorID: author.id, title: "预约", score: 3),
                    onConflict: \Article.authorID, \Article.title)
            }
            #expect(merged.id == dated.id)
            #expect(merged.updatedAt > dated.updatedAt)
            await expectDatabaseError(.misuse) {
                try await storage.write { db in
                    try db.upsert(
                        Article(authorID: author.id, title: "x"), onConflict: \Article.score)
                }
            }
        }
    }

    @Test(
        "delete marks a soft-deletable row; queries leave it out; restore brings it back",
        arguments: StorageKind.allCases)
    func softDelete(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            let article = try await storage.write { db in
                try db.insert(Article(authorID: author.id, title: "会被删除"))
            }
            let deleted = try await storage.write { db in try db.delete(article) }
            #expect(deleted)
            // updatedAt moves past the record's even when the record's lies ahead of the clock.
            let ahead = Date().addingTimeInterval(3_600)
            let future = try await storage.write { db in
                let future = try db.insert(
                    Article(
                        createdAt: ahead, updatedAt: ahead, authorID: author.id, title: "未来"),
                    timestamps: .preserved)
                try db.delete(Article.self, id: future.id)
                let deleted = try db.find(Article.self, id: future.id, including: .only)
                try db.restore(Article.self, id: future.id)
                let restored = try db.find(Article.self, id: future.id)
                #expect(try db.delete(future))
                return (deleted?.updatedAt, restored?.updatedAt)
            }
            #expect((future.0 ?? .distantPast) > Timestamp.rounded(ahead))
            #expect((future.1 ?? .distantPast) > (future.0 ?? .distantFuture))
            let again = try await storage.write { db in try db.delete(article) }
            #expect(!again)
            try await storage.read { db in
                #expect(try db.find(Article.self, id: article.id) == nil)
                #expect(try db.fetchCount(Article.all()) == 0)
                let marked = try db.fetchAll(Article.filter(\.id == article.id).including(.only))
                #expect(marked.map(\.id) == [article.id])
                #expect(marked.first?.isDeleted == true)
                #expect(marked.first?.deletedAt != nil)
                #expect(try db.fetchCount(Article.all().including(.included)) == 2)
            }
            // A deleted row frees its live-row unique key.
            try await storage.write { db in
                try db.insert(Article(authorID: author.id, title: "会被删除"))
            }
            await expectDatabaseError(.uniqueViolation) {
                try await storage.write { db in try db.restore(Article.self, id: article.id) }
            }
            try await storage.write { db in
                _ = try db.deletePermanently(Article.filter(\.id != article.id))
                #expect(try db.restore(Article.self, id: article.id))
                #expect(try db.find(Article.self, id: article.id)?.isDeleted == false)
                #expect(try db.deletePermanently(Article.self, id: article.id))
                #expect(try db.find(Article.self, id: article.id, including: .included) == nil)
            }
        }
    }

    @Test(
        "a string longer than its column throws valueTooLong naming table and column",
        arguments: StorageKind.allCases)
    func tooLong(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            // Trailing spaces too: PostgreSQL would cut them silently to fit varchar(40).
            for title in [
                String(repeating: "长", count: 41), String(repeating: "a", count: 40) + "  ",
            ] {
                let error = await expectDatabaseError(.valueTooLong) {
                    try await storage.write { db in
                        try db.insert(Article(authorID: author.id, title: title))
                    }
                }
                #expect(error?.table == "articles")
                #expect(error?.column == "title")
            }
            let fits = String(repeating: "长", count: 40)
            try await storage.write { db in try db.insert(Article(authorID: author.id, title: fits))
            }
        }
    }

    @Test("hostile strings round-trip as data", arguments: StorageKind.allCases)
    func hostileStrings(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            let strings = [
                "'; DROP TABLE articles; --", "\"quoted\" \\ backslash", "SELECT * FROM users",
                "$1 $2 ? :name @p", "%_*?[", "多字节 🎉 e\u{301}", "line\nbreak\ttab",
                "carriage\r\n\\N\\", "\t",
            ]
            let stored = try await storage.write { db in
                try db.insert(
                    contentsOf: strings.enumerated().map {
                        Article(
                            authorID: author.id, title: "t\($0.offset)", subtitle: $0.element,
                            tags: [$0.element], metadata: ["k": .string($0.element)],
                            body: $0.element)
                    })
            }
            let read = try await storage.read { db in
                try db.fetchAll(Article.all().order(by: .ascending(\.title)))
            }
            #expect(read == stored.sorted { $0.title < $1.title })
            for string in strings {
                let matches = try await storage.read { db in
                    try db.fetchAll(Article.filter(\.subtitle == string))
                }
                #expect(matches.count == 1, "\(string)")
            }
            let nul = await expectDatabaseError(.invalidValue) {
                try await storage.write { db in
                    try db.insert(Article(authorID: author.id, title: "nul", subtitle: "a\u{0}b"))
                }
            }
            #expect(nul != nil)
        }
    }

    @Test(
        "a row a record cannot hold throws decodingFailed naming table, column and row id",
        arguments: StorageKind.allCases)
    func badRows(kind: StorageKind) async throws {
        try await withArticles(kind) { storage, author in
            let article = try await storage.write { db in
                try db.insert(Article(authorID: author.id, title: "坏行"))
            }
            // An enum value the Swift enum does not know (the table's check would refuse it, so
            // the row comes from raw SQL).
            let unknownEnum = await expectDatabaseError(.decodingFailed) {
                try await storage.read { db in
                    try db.fetchAll(
                        Article.self,
                        sql: "SELECT id, created_at, updated_at, deleted_at, is_deleted, author_id,"
                            + " title, 'retracted' AS status, score, is_pinned, tags FROM articles")
                }
            }
            #expect(unknownEnum?.table == "articles")
            #expect(unknownEnum?.column == "status")
            #expect(unknownEnum?.recordID == article.id)
            #expect(unknownEnum?.message.contains("retracted") == true)

            let badJSON = await expectDatabaseError(.decodingFailed) {
                try await storage.read { db in
                    try db.fetchAll(
                        Article.self,
                        sql:
                            "SELECT id, created_at, updated_at, is_deleted, author_id, title, status,"
                            + " score, is_pinned, tags, '{not json' AS metadata FROM articles")
                }
            }
            #expect(badJSON?.table == "articles")
            #expect(badJSON?.column == "metadata")
            #expect(badJSON?.recordID == article.id)

            let wrongType = await expectDatabaseError(.decodingFailed) {
                try await storage.read { db in
                    try db.fetchAll(
                        Article.self,
                        sql:
                            "SELECT id, created_at, updated_at, is_deleted, author_id, title, status,"
                            + " 'many' AS score, is_pinned, tags FROM articles")
                }
            }
            #expect(wrongType?.table == "articles")
            #expect(wrongType?.column == "score")
            #expect(wrongType?.recordID == article.id)

            let missing = await expectDatabaseError(.decodingFailed) {
                try await storage.read { db in
                    try db.fetchAll(Article.self, sql: "SELECT id, title FROM articles")
                }
            }
            #expect(missing?.recordID == article.id)
        }
    }
}

/// A model whose renamed column takes another property's name.
private struct Renamed: Model, Equatable {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var title: String
    var name: String

    static let schema = ModelSchema<Renamed> {
        Column(\.title, name: "name")
        Column(\.name, name: "display_name")
    }
}

@Suite("Records: names and patterns")
struct RecordNamingTests {
    @Test(
        "a property reads its own column even when another column has its name",
        arguments: StorageKind.allCases)
    func renamedColumns(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let record = Renamed(title: "标题", name: "名字")
            let stored = try await storage.write { db in
                try db.createTables(for: Renamed.self)
                return try db.insert(record)
            }
            let read = try await storage.read { db in try db.find(Renamed.self, id: record.id) }
            #expect(read == stored)
            #expect(read?.title == "标题")
            #expect(read?.name == "名字")
        }
    }

    @Test("LIKE escaping and translation work on Unicode scalars")
    func likePatterns() {
        #expect(LikePattern.escape("50%\u{301}_") == "50\\%\u{301}\\_")
    }
}
