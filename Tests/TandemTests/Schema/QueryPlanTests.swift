import CreatorModels
import Foundation
import Tandem
import Testing

/// The indexes that the frequent queries need are the ones the engines choose. SQLite plans
/// do not depend on statistics, so its fallbacks are checked over 100,000 contents; the
/// PostgreSQL planner is given 20,000 contents, 100,000 rows in the other tables and fresh
/// statistics.
@Suite("Frequent queries use their indexes")
struct QueryPlanTests {
    static let userID = UUID()
    static let projectID = UUID()

    /// Fills the tables with `count` rows each, written in the engine's own SQL so that the
    /// load is fast; one row in 1,000 carries the rare tag and the rare description.
    static func load(_ db: Database, contents count: Int, others otherCount: Int) throws {
        try CreatorSchema.create(in: db)
        try db.execute(
            "INSERT INTO users (id, email) VALUES ($1, $2)", [.uuid(userID), "plan@example.com"])
        try db.execute(
            "INSERT INTO projects (id, user_id, name) VALUES ($1, $2, $3)",
            [.uuid(projectID), .uuid(userID), "计划"])
        try db.execute(
            "INSERT INTO platform_accounts (user_id, project_id, platform, account_id) "
                + "VALUES ($1, $2, 'weibo', 'a1')", [.uuid(userID), .uuid(projectID)])

        let series: String
        let otherSeries: String
        let tags: String
        let statuses =
            "CASE WHEN n % 3 = 0 THEN 'pending' WHEN n % 3 = 1 THEN 'scheduled' ELSE 'published' END"
        if db.dialect == .postgresql {
            series = "generate_series(1, \(count)) AS s(n)"
            otherSeries = "generate_series(1, \(otherCount)) AS s(n)"
            tags = "CASE WHEN n % 1000 = 0 THEN ARRAY['稀有标签'] ELSE ARRAY['日常', '美食'] END"
        } else {
            func recursive(_ limit: Int) -> String {
                "(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < \(limit))"
                    + " SELECT n FROM s)"
            }
            series = recursive(count)
            otherSeries = recursive(otherCount)
            tags = "CASE WHEN n % 1000 = 0 THEN '[\"稀有标签\"]' ELSE '[\"日常\", \"美食\"]' END"
        }
        try db.execute(
            "INSERT INTO contents (user_id, project_id, content_type, tags) "
                + "SELECT $1, $2, 'text', \(tags) FROM \(series)",
            [.uuid(userID), .uuid(projectID)])
        try db.execute(
            """
            INSERT INTO materials (user_id, filename, file_type, mime_type, file_size, storage_path,
                url, ai_description)
            SELECT $1, 'f.png', 'image', 'image/png', 1, 'p', 'u',
                CASE WHEN n % 1000 = 0 THEN '一张在杭州西湖边拍摄的日落照片'
                    ELSE '普通的图片描述，第' || CAST(n AS TEXT) || '张' END
            FROM \(otherSeries)
            """, [.uuid(userID)])
        let contentID = try db.fetchOne("SELECT id FROM contents LIMIT 1")!.decode(UUID.self, at: 0)
        let accountID = try db.fetchOne("SELECT id FROM platform_accounts")!.decode(
            UUID.self, at: 0)
        try db.execute(
            "INSERT INTO publications (user_id, content_id, account_id, platform, status, scheduled_at) "
                + "SELECT $1, $2, $3, 'weibo', \(statuses), $4 FROM \(otherSeries)",
            [.uuid(userID), .uuid(contentID), .uuid(accountID), .date(Date())])
        try db.executeScript("ANALYZE")
    }

    static func plan(_ db: Database, _ query: String) throws -> String {
        let explain = db.dialect == .postgresql ? "EXPLAIN " : "EXPLAIN QUERY PLAN "
        return try db.fetchAll(explain + query).map {
            try $0.decode(String.self, at: $0.count - 1)
        }.joined(separator: "\n")
    }

    static func queries(for dialect: SQLDialect) -> [(name: String, sql: String, index: String)] {
        let user = "'\(UUIDText.text(of: userID))'"
        if dialect == .postgresql {
            return [
                (
                    "keyset page",
                    "SELECT id FROM contents WHERE user_id = \(user) AND status = 'draft' AND "
                        + "(created_at, id) < (now(), 'ffffffff-ffff-4fff-bfff-ffffffffffff') "
                        + "ORDER BY created_at DESC, id DESC LIMIT 100",
                    "ix_contents_user_status_created"
                ),
                (
                    "tag containment",
                    "SELECT id FROM contents WHERE user_id = \(user) AND tags @> ARRAY['稀有标签']::text[]",
                    "ix_contents_tags"
                ),
                (
                    "pending publications",
                    "SELECT id FROM publications WHERE status = 'pending' ORDER BY scheduled_at LIMIT 50",
                    "ix_publications_pending"
                ),
                (
                    "due publications, as PublishingQueue claims them",
                    "SELECT id FROM publications WHERE status = 'scheduled' AND scheduled_at <= "
                        + "now() + interval '1 minute' ORDER BY scheduled_at, id LIMIT 50"
                        + " FOR UPDATE SKIP LOCKED",
                    "ix_publications_due"
                ),
                (
                    "Chinese substring",
                    "SELECT id FROM materials WHERE ai_description LIKE '%西湖边%'",
                    "ix_materials_ai_description"
                ),
            ]
        }
        return [
            (
                "keyset page",
                "SELECT id FROM contents WHERE user_id = \(user) AND status = 'draft' AND "
                    + "(created_at, id) < (\(Int64.max), 'ffffffff-ffff-4fff-bfff-ffffffffffff') "
                    + "ORDER BY created_at DESC, id DESC LIMIT 100",
                "ix_contents_user_status_created (user_id=? AND status=? AND (created_at,id)<(?,?))"
            ),
            (
                "tag containment",
                "SELECT id FROM contents WHERE user_id = \(user) AND id IN (SELECT owner_id FROM "
                    + "\"ix_contents_tags__elements\" WHERE value = '稀有标签')",
                "SEARCH ix_contents_tags__elements USING PRIMARY KEY"
            ),
            (
                "pending publications",
                "SELECT id FROM publications WHERE status = 'pending' ORDER BY scheduled_at LIMIT 50",
                "ix_publications_pending"
            ),
            (
                "due publications, as PublishingQueue claims them",
                "SELECT id FROM publications WHERE status = 'scheduled' AND scheduled_at <= "
                    + "\(Timestamp.microseconds(since1970: Date()) + 60_000_000)"
                    + " ORDER BY scheduled_at, id LIMIT 50",
                "ix_publications_due"
            ),
            (
                "Chinese substring",
                "SELECT id FROM materials WHERE id IN (SELECT owner_id FROM "
                    + "\"ix_materials_ai_description__search\" WHERE "
                    + "\"ix_materials_ai_description__search\" MATCH '\"西湖边\"')",
                "ix_materials_ai_description__search VIRTUAL TABLE"
            ),
        ]
    }

    /// The plan and the row count of each search written with the query builder, under the
    /// name of the hand-written query whose index it must use.
    static func builderPlans(_ db: Database) throws -> [(name: String, plan: String, rows: Int)] {
        func measured<M: Model>(_ name: String, _ query: Query<M>) throws -> (String, String, Int) {
            let (sql, arguments) = try db.sql(for: query)
            let explain = db.dialect == .postgresql ? "EXPLAIN " : "EXPLAIN QUERY PLAN "
            let plan = try db.fetchAll(explain + sql, arguments).map {
                try $0.decode(String.self, at: $0.count - 1)
            }.joined(separator: "\n")
            return (name, plan, try db.fetchCount(query))
        }
        return [
            try measured(
                "tag containment", Content.filter(\.userID == userID && .contains(\.tags, "稀有标签"))),
            try measured(
                "Chinese substring", Material.filter(.search(\.aiDescription, for: "西湖边"))),
        ]
    }

    @Test(
        "tag containment, pending publications and Chinese search are index-served",
        arguments: StorageKind.allCases)
    func plans(kind: StorageKind) async throws {
        let count = kind == .postgresql ? 20_000 : 100_000
        // PostgreSQL costs a one-trigram GIN search pessimistically on small tables: below
        // about 50,000 rows it prefers a sequential scan even though the index is faster.
        let otherCount = kind == .postgresql ? 100_000 : 20_000
        let results = try await withStorage(kind) { storage in
            try await storage.write { db in
                try Self.load(db, contents: count, others: otherCount)
                let queries = Self.queries(for: db.dialect)
                let handWritten = try queries.map { query in
                    (
                        query.name, query.index, try Self.plan(db, query.sql),
                        try db.fetchAll(query.sql).count
                    )
                }
                let built = try Self.builderPlans(db).map { built in
                    let index = queries.first { $0.name == built.name }?.index ?? "?"
                    return ("builder: " + built.name, index, built.plan, built.rows)
                }
                return handWritten + built
            }
        }
        for (name, index, plan, rows) in results {
            #expect(plan.contains(index), "\(name) on \(kind) does not use \(index):\n\(plan)")
            if kind != .postgresql, name.hasPrefix("builder: ") {
                // The search or element table drives the query: the base table is searched by
                // id, never scanned.
                #expect(!plan.contains("SCAN contents"), "\(name) scans:\n\(plan)")
                #expect(!plan.contains("SCAN materials"), "\(name) scans:\n\(plan)")
            }
            let expected =
                switch name.replacingOccurrences(of: "builder: ", with: "") {
                case "pending publications", "due publications, as PublishingQueue claims them": 50
                case "keyset page": 100
                case "tag containment": count / 1000
                default: otherCount / 1000
                }
            #expect(rows == expected, "\(name) on \(kind) found \(rows) rows")
        }
    }
}
