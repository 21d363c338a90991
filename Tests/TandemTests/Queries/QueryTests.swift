import Foundation
import Synchronization
import Tandem
import Testing

@Suite("Queries: filters, order, pages, aggregates, relations")
struct QueryTests {
    /// Three articles by one author with known values.
    private func withSample<T: Sendable>(
        _ kind: StorageKind, logger: TandemLogger = .disabled,
        _ body: (any Storage, Author, [Article]) async throws -> T
    ) async throws -> T {
        try await withStorage(kind, logger: logger) { storage in
            let (author, articles) = try await storage.write { db in
                try ArticleSchema.create(in: db)
                let author = try db.insert(Author(name: "作者"))
                let base = Date(timeIntervalSince1970: 1_700_000_000)
                let articles = [
                    Article(
                        createdAt: base, updatedAt: base, authorID: author.id, title: "Alpha",
                        subtitle: "Ünïcode", status: .draft, score: 3, rating: nil,
                        tags: ["swift", "db"],
                        metadata: [
                            "kind": "note", "width": 800,
                            "big": .integer(1_152_921_504_606_846_977),
                        ],
                        body: "今天去西湖旅行"),
                    Article(
                        createdAt: base.addingTimeInterval(0.000_001),
                        updatedAt: base, authorID: author.id, title: "beta",
                        subtitle: nil, status: .published, score: 3, rating: 2.5,
                        tags: ["旅行"], metadata: ["kind": "post", "width": 1080, "flag": true],
                        body: "A trip to Hangzhou"),
                    Article(
                        createdAt: base.addingTimeInterval(86_400 * 40), updatedAt: base,
                        authorID: author.id, title: "Gamma_1", subtitle: "alpha",
                        status: .review, score: 7, rating: -1, tags: [],
                        metadata: nil, body: nil),
                ]
                return (author, try db.insert(contentsOf: articles, timestamps: .preserved))
            }
            return try await body(storage, author, articles)
        }
    }

    private func titles(_ storage: any Storage, _ query: Query<Article>) async throws -> [String] {
        try await storage.read { db in try db.fetchAll(query).map(\.title) }
    }

    private func expectTitles(
        _ storage: any Storage, _ query: Query<Article>, _ expected: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let found = try await titles(storage, query)
        #expect(found == expected, sourceLocation: sourceLocation)
    }

    @Test("comparisons, IN, NULL, AND / OR / NOT", arguments: StorageKind.allCases)
    func filters(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, _ in
            let byTitle = Article.all().order(by: .ascending(\.title))
            try await expectTitles(storage, byTitle.filter(\.score == 3), ["Alpha", "beta"])
            try await expectTitles(storage, byTitle.filter(\.score > 3), ["Gamma_1"])
            try await expectTitles(storage, byTitle.filter(\.rating == nil), ["Alpha"])
            try await expectTitles(storage, byTitle.filter(\.subtitle != "alpha"), ["Alpha"])
            try await expectTitles(
                storage, byTitle.filter(.isIn(\.status, [.draft, .review])), ["Alpha", "Gamma_1"])
            try await expectTitles(storage, byTitle.filter(.isIn(\.status, [])), [])
            try await expectTitles(
                storage, byTitle.filter(\.score == 3 && !(\.status == .draft)), ["beta"])
            try await expectTitles(
                storage, byTitle.filter(\.rating < 0.0 || \.title == "Alpha"), ["Alpha", "Gamma_1"])
            // Byte order on both engines: uppercase before lowercase.
            try await expectTitles(storage, byTitle, ["Alpha", "Gamma_1", "beta"])
        }
    }

    @Test(
        "pattern matching: LIKE is case-sensitive; the insensitive form folds ASCII only",
        arguments: StorageKind.allCases)
    func patterns(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, _ in
            let byTitle = Article.all().order(by: .ascending(\.title))
            try await expectTitles(storage, byTitle.filter(.like(\.title, "a%")), [])
            try await expectTitles(
                storage, byTitle.filter(.like(\.title, "a%", isCaseSensitive: false)), ["Alpha"])
            try await expectTitles(
                storage, byTitle.filter(.like(\.title, "Gamma\\_%")), ["Gamma_1"])
            try await expectTitles(storage, byTitle.filter(.like(\.title, "_eta")), ["beta"])
            try await expectTitles(
                storage, byTitle.filter(.hasPrefix(\.title, "Gamma_")), ["Gamma_1"])
            try await expectTitles(storage, byTitle.filter(.hasPrefix(\.title, "Gamma%")), [])
            // Ü and ü are different letters to both engines' case folding.
            try await expectTitles(
                storage, byTitle.filter(.like(\.subtitle, "ü%", isCaseSensitive: false)), [])
            try await expectTitles(
                storage, byTitle.filter(.like(\.subtitle, "ünï%", isCaseSensitive: false)), [])
            try await expectTitles(
                storage, byTitle.filter(.like(\.subtitle, "%NÏCODE", isCaseSensitive: false)), [])
            try await expectTitles(
                storage, byTitle.filter(.like(\.subtitle, "Ü%CODE", isCaseSensitive: false)),
                ["Alpha"])
            await expectDatabaseError(.invalidValue) {
                try await storage.read { db in
                    try db.fetchAll(Article.filter(.like(\.title, "a\\")))
                }
            }
        }
    }

    @Test("arrays, JSON key paths and text search", arguments: StorageKind.allCases)
    func arraysJSONSearch(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, _ in
            let byTitle = Article.all().order(by: .ascending(\.title))
            try await expectTitles(storage, byTitle.filter(.contains(\.tags, "旅行")), ["beta"])
            try await expectTitles(
                storage, byTitle.filter(.containsAll(\.tags, ["db", "swift"])), ["Alpha"])
            try await expectTitles(storage, byTitle.filter(.containsAll(\.tags, ["db", "旅行"])), [])
            try await expectTitles(
                storage, byTitle.filter(.containsAny(\.tags, ["db", "旅行"])), ["Alpha", "beta"])
            try await expectTitles(storage, byTitle.filter(.containsAny(\.tags, [])), [])
            try await expectTitles(storage, byTitle.filter(\.tags == []), ["Gamma_1"])

            try await expectTitles(
                storage, byTitle.filter(.json(\.metadata, at: "kind") == "post"), ["beta"])
            try await expectTitles(
                storage, byTitle.filter(.json(\.metadata, at: "width") >= 1000), ["beta"])
            try await expectTitles(
                storage, byTitle.filter(.json(\.metadata, at: "flag") == true), ["beta"])
            // A string is not a number: no match rather than a cast.
            try await expectTitles(storage, byTitle.filter(.json(\.metadata, at: "kind") > 0), [])

            try await expectTitles(storage, byTitle.filter(.search(\.body, for: "西湖旅")), ["Alpha"])
            try await expectTitles(storage, byTitle.filter(.search(\.body, for: "旅行")), ["Alpha"])
            try await expectTitles(storage, byTitle.filter(.search(\.body, for: "hangzhou")), [])
            try await expectTitles(
                storage, byTitle.filter(.search(\.body, for: "Hangzhou")), ["beta"])
            try await expectTitles(storage, byTitle.filter(.search(\.body, for: "%")), [])
            // NULL text stays out under NOT, on both engines.
            try await expectTitles(storage, byTitle.filter(!.search(\.body, for: "西湖旅")), ["beta"])
            try await expectTitles(storage, byTitle.filter(!.search(\.body, for: "湖")), ["beta"])
            // Integers compare exactly; doubles compare after rounding the stored number.
            try await expectTitles(
                storage, byTitle.filter(.json(\.metadata, at: "big") == 1_152_921_504_606_846_977),
                ["Alpha"])
            try await expectTitles(
                storage, byTitle.filter(.json(\.metadata, at: "big") == 1_152_921_504_606_846_976),
                [])
            try await expectTitles(
                storage,
                byTitle.filter(.json(\.metadata, at: "big") == .number(1_152_921_504_606_846_976)),
                ["Alpha"])
        }
    }

    @Test(
        "NULLs sort last ascending and first descending on both engines, or where placed",
        arguments: StorageKind.allCases)
    func nullOrder(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, _ in
            try await expectTitles(
                storage, Article.all().order(by: .ascending(\.rating)),
                ["Gamma_1", "beta", "Alpha"])
            try await expectTitles(
                storage, Article.all().order(by: .descending(\.rating)),
                ["Alpha", "beta", "Gamma_1"])
            try await expectTitles(
                storage, Article.all().order(by: .ascending(\.rating, nulls: .first)),
                ["Alpha", "Gamma_1", "beta"])
            try await expectTitles(
                storage, Article.all().order(by: .descending(\.createdAt)).limit(2).offset(1),
                ["beta", "Alpha"])
        }
    }

    @Test("keyset pages walk any ordering with an opaque cursor", arguments: StorageKind.allCases)
    func pages(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, _ in
            let orderings: [Query<Article>] = [
                Article.all().order(by: .descending(\.createdAt)),
                Article.all().order(by: .ascending(\.score), .descending(\.title)),
                Article.all().order(by: .ascending(\.rating)),
                Article.all().order(by: .descending(\.subtitle, nulls: .last), .ascending(\.score)),
            ]
            for query in orderings {
                let expected = try await titles(storage, query)
                var seen: [String] = []
                var cursor: PageCursor?
                repeat {
                    let after = cursor
                    let page = try await storage.read { db in
                        try db.fetchPage(query, size: 1, after: after)
                    }
                    seen += page.records.map(\.title)
                    cursor = page.nextCursor.map { PageCursor(token: $0.token) }
                } while cursor != nil
                #expect(seen == expected)
            }
            let first = try await storage.read { db in try db.fetchPage(orderings[0], size: 1) }
            let token = try #require(first.nextCursor)
            await expectDatabaseError(.invalidValue) {
                try await storage.read { db in try db.fetchPage(orderings[1], size: 1, after: token)
                }
            }
            await expectDatabaseError(.invalidValue) {
                try await storage.read { db in
                    try db.fetchPage(
                        orderings[0], size: 1, after: PageCursor(token: "bm90IGEgY3Vyc29y"))
                }
            }
        }
    }

    @Test(
        "count, exists, aggregates and UTC day / ISO week / month groups",
        arguments: StorageKind.allCases)
    func aggregates(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, articles in
            try await storage.read { db in
                #expect(try db.fetchCount(Article.all()) == 3)
                #expect(try db.fetchCount(Article.all().limit(2)) == 2)
                #expect(try db.exists(Article.filter(\.score == 7)))
                #expect(try !db.exists(Article.filter(\.score == 8)))
                #expect(try !db.exists(Article.all().limit(0)))
                #expect(try !db.exists(Article.all().offset(3)))
                #expect(try db.exists(Article.all().offset(2)))
                #expect(try db.fetchOne(Article.all().limit(0)) == nil)
                let third = try db.fetchOne(Article.all().order(by: .ascending(\.title)).offset(2))
                #expect(third?.title == "beta")  // byte order: upper case first
                #expect(try db.aggregate(Article.all(), .sum(\.score)) == 13)
                #expect(try db.aggregate(Article.filter(\.score > 100), .sum(\.score)) == nil)
                #expect(try db.aggregate(Article.all(), .average(\.score)) == 13.0 / 3.0)
                #expect(try db.aggregate(Article.all(), .count(\.rating)) == 2)
                #expect(try db.aggregate(Article.all(), .minimum(\.title)) == "Alpha")
                #expect(try db.aggregate(Article.all(), .maximum(\.rating)) == 2.5)
                #expect(
                    try db.aggregate(Article.all(), .maximum(\.createdAt)) == articles[2].createdAt)

                let byStatus = try db.fetchGroups(Article.all(), by: .column(\.status), .count)
                #expect(byStatus.map(\.key) == [.draft, .published, .review])
                let byDay = try db.fetchGroups(Article.all(), by: .day(\.createdAt), .sum(\.score))
                #expect(byDay.map(\.value) == [6, 7])
                let day = try #require(byDay.first?.key)
                #expect(day == Date(timeIntervalSince1970: 1_699_920_000))  // 2023-11-14 00:00 UTC
                let byWeek = try db.fetchGroups(Article.all(), by: .isoWeek(\.createdAt), .count)
                // 2023-11-14 is a Tuesday: its ISO week starts Monday 2023-11-13.
                #expect(byWeek.first?.key == Date(timeIntervalSince1970: 1_699_833_600))
                let published = try db.fetchGroups(Article.all(), by: .day(\.publishedAt), .count)
                #expect(published.count == 1)
                #expect(published.first?.key == nil)
                #expect(published.first?.value == 3)
                let byMonth = try db.fetchGroups(Article.all(), by: .month(\.createdAt), .count)
                #expect(
                    byMonth.map(\.key) == [
                        Date(timeIntervalSince1970: 1_698_796_800),  // 2023-11-01
                        Date(timeIntervalSince1970: 1_701_388_800),  // 2023-12-01
                    ])
            }
        }
    }

    @Test(
        "buckets before 1970 and at bucket edges are the same on both engines",
        arguments: StorageKind.allCases)
    func bucketEdges(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let groups = try await storage.write { db in
                try db.createTables(for: Author.self, Article.self)
                let author = try db.insert(Author(name: "时间"))
                let instants: [TimeInterval] = [
                    -3_600,  // 1969-12-31 23:00, a Wednesday
                    -0.000_001,  // the last microsecond of 1969
                    0,  // 1970-01-01, a Thursday
                    1_704_067_199.999_999,  // the last microsecond of 2023
                    1_704_067_200,  // 2024-01-01, a Monday
                ]
                try db.insert(
                    contentsOf: instants.enumerated().map {
                        let date = Date(timeIntervalSince1970: $0.element)
                        return Article(
                            createdAt: date, updatedAt: date, authorID: author.id,
                            title: "\($0.offset)")
                    }, timestamps: .preserved)
                return (
                    try db.fetchGroups(Article.all(), by: .day(\.createdAt), .count),
                    try db.fetchGroups(Article.all(), by: .isoWeek(\.createdAt), .count),
                    try db.fetchGroups(Article.all(), by: .month(\.createdAt), .count)
                )
            }
            let day: TimeInterval = 86_400
            #expect(
                groups.0.map(\.key.timeIntervalSince1970)
                    == [-day, 0, 1_703_980_800, 1_704_067_200])
            #expect(groups.0.map(\.value) == [2, 1, 1, 1])
            // Monday 1969-12-29 starts the week of the first three; Monday 2023-12-25 and
            // Monday 2024-01-01 the others.
            #expect(
                groups.1.map(\.key.timeIntervalSince1970)
                    == [-3 * day, 1_703_462_400, 1_704_067_200])
            #expect(
                groups.2.map(\.key.timeIntervalSince1970)
                    == [-31 * day, 0, 1_701_388_800, 1_704_067_200])
        }
    }

    @Test(
        "an integer sum past 64 bits throws invalidValue on both engines",
        arguments: StorageKind.allCases)
    func sumOverflow(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try db.createTables(for: Counter.self)
                try db.insert(contentsOf: [Counter(value: .max), Counter(value: 1)])
            }
            let error = await expectDatabaseError(.invalidValue) {
                try await storage.read { db in try db.aggregate(Counter.all(), .sum(\.value)) }
            }
            #expect(error != nil)
            await expectDatabaseError(.invalidValue) {
                try await storage.read { db in try db.aggregate(Counter.all(), .average(\.value)) }
            }
        }
    }

    @Test(
        "relations load in one query per 500 parents, not one per parent",
        arguments: StorageKind.allCases)
    func relations(kind: StorageKind) async throws {
        let statements = Mutex(0)
        let logger = TandemLogger(minimumLevel: .trace) { level, _, _ in
            if level == .trace { statements.withLock { $0 += 1 } }
        }
        try await withSample(kind, logger: logger) { storage, author, articles in
            let authors = try await storage.write { db in
                try db.insert(contentsOf: (0..<600).map { Author(name: "作者\($0)") })
            }
            try await storage.write { db in
                try db.insert(contentsOf: authors.map { Article(authorID: $0.id, title: "一篇") })
            }
            statements.withLock { $0 = 0 }
            let everyone = authors + [author]
            let (children, parents) = try await storage.read { db in
                (
                    try db.fetchChildren(
                        Article.all().order(by: .ascending(\.title)), via: \.authorID, of: everyone),
                    try db.fetchParents(Author.self, via: \Article.authorID, of: articles)
                )
            }
            // Two batches of children, one of parents, and the transaction's own statements.
            let count = statements.withLock { $0 }
            #expect(count >= 3 && count <= 5, "\(count) statements")
            #expect(children.count == 601)
            #expect(children[author.id]?.map(\.title) == ["Alpha", "Gamma_1", "beta"])
            #expect(parents[author.id]?.name == "作者")
        }
    }

    @Test("streaming decodes records one at a time", arguments: StorageKind.allCases)
    func streaming(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, _ in
            let streamed = try await storage.read { db in
                var titles: [String] = []
                try db.forEach(Article.all().order(by: .ascending(\.title))) {
                    titles.append($0.title)
                }
                return titles
            }
            #expect(streamed == ["Alpha", "Gamma_1", "beta"])
        }
    }

    @Test(
        "queries refuse what the engines would answer differently", arguments: StorageKind.allCases)
    func refusals(kind: StorageKind) async throws {
        try await withSample(kind) { storage, _, _ in
            await expectDatabaseError(.unsupportedFeature) {
                try await storage.read { db in
                    try db.fetchAll(Article.all().order(by: .ascending(\.tags)))
                }
            }
            await expectDatabaseError(.unsupportedFeature) {
                try await storage.read { db in
                    try db.fetchAll(Article.filter(\.metadata == ["kind": "note"]))
                }
            }
            for key in ["0", "-1", " 1", "+2"] {
                await expectDatabaseError(.invalidValue) {
                    try await storage.read { db in
                        try db.fetchAll(Article.filter(.json(\.metadata, at: key) == 1))
                    }
                }
            }
            await expectDatabaseError(.unsupportedFeature) {
                try await storage.read { db in
                    try db.fetchGroups(Article.all(), by: .column(\.tags), .count)
                }
            }
            await expectDatabaseError(.misuse) {
                try await storage.read { db in try db.fetchPage(Article.all(), size: .max) }
            }
            await expectDatabaseError(.misuse) {
                try await storage.read { db in
                    try db.fetchChildren(Article.all().limit(5), via: \.authorID, of: [Author]())
                }
            }
            // A well-formed token whose timestamp key holds text: refused before any SQL runs,
            // and the transaction goes on.
            let forged =
                #"{"o":"created_at DESC FIRST,id DESC LAST","v":[["s","x"],"#
                + #"["u","00000000-0000-4000-8000-000000000000"]]}"#
            let token = Data(forged.utf8).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            let count = try await storage.read { db in
                do {
                    _ = try db.fetchPage(
                        Article.all().order(by: .descending(\.createdAt)), size: 1,
                        after: PageCursor(token: token))
                    Issue.record("a forged cursor was accepted")
                } catch let error as DatabaseError {
                    #expect(error.code == .invalidValue)
                }
                return try db.fetchCount(Article.all())
            }
            #expect(count == 3)
        }
    }
}

/// A model with one 64-bit integer.
private struct Counter: Model {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var value: Int64

    static let schema = ModelSchema<Counter> { Column(\.value) }
}
