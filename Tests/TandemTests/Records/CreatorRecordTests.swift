import CreatorModels
import Foundation
import Tandem
import Testing

/// The AI Creator models through the records API, as `Docs/Queries.md` shows them.
@Suite("Records of the AI Creator models")
struct CreatorRecordTests {
    @Test(
        "a user's projects, a content's versions and publications, a publication's analytics",
        arguments: StorageKind.allCases)
    func relations(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let (user, content, publication) = try await storage.write { db in
                try CreatorSchema.create(in: db)
                let user = try db.insert(User(email: "lin@example.com"))
                let projects = try db.insert(
                    contentsOf: ["旅行日记", "美食"].map { Project(userID: user.id, name: $0) })
                let content = try db.insert(
                    Content(
                        userID: user.id, projectID: projects[0].id, title: "西湖",
                        contentType: .article, tags: ["旅行"]))
                try db.insert(
                    contentsOf: (1...3).map { ContentVersion(contentID: content.id, version: $0) })
                let account = try db.insert(
                    PlatformAccount(
                        userID: user.id, projectID: projects[0].id, platform: "xiaohongshu",
                        accountID: "lin"))
                let publication = try db.insert(
                    Publication(
                        userID: user.id, contentID: content.id, accountID: account.id,
                        platform: "xiaohongshu"))
                let fetched = Date(timeIntervalSince1970: 1_764_000_000)
                try db.insert(
                    contentsOf: (0..<4).map {
                        PublicationAnalytics(
                            publicationID: publication.id, views: 10 * $0,
                            fetchedAt: fetched.addingTimeInterval(Double($0) * 3_600))
                    })
                return (user, content, publication)
            }

            try await storage.read { db in
                let users = try db.fetchAll(User.all())
                let projects = try db.fetchChildren(
                    Project.all().order(by: .ascending(\.name)), via: \.userID, of: users)
                // Byte order: 旅 (E6 97 85) before 美 (E7 BE 8E).
                #expect(projects[user.id]?.map(\.name) == ["旅行日记", "美食"])

                let contents = try db.fetchAll(Content.filter(.contains(\.tags, "旅行")))
                let versions = try db.fetchChildren(
                    ContentVersion.all().order(by: .descending(\.version)), via: \.contentID,
                    of: contents)
                #expect(versions[content.id]?.map(\.version) == [3, 2, 1])
                let publications = try db.fetchChildren(
                    Publication.all(), via: \.contentID, of: contents)
                #expect(publications[content.id]?.map(\.id) == [publication.id])
                let analytics = try db.fetchChildren(
                    PublicationAnalytics.all().order(by: .ascending(\.fetchedAt)),
                    via: \.publicationID, of: publications[content.id] ?? [])
                #expect(analytics[publication.id]?.map(\.views) == [0, 10, 20, 30])
                let authors = try db.fetchParents(User.self, via: \Content.userID, of: contents)
                #expect(authors[user.id]?.email == "lin@example.com")
                let views = try db.aggregate(
                    PublicationAnalytics.filter(\.publicationID == publication.id), .sum(\.views))
                #expect(views == 60)
            }
        }
    }

    @Test(
        "upsert on a unique key over live rows updates the live row only",
        arguments: StorageKind.allCases)
    func upsertLiveRows(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try CreatorSchema.create(in: db)
                let user = try db.insert(User(email: "wang@example.com"))
                let project = try db.insert(Project(userID: user.id, name: "项目"))
                let first = try db.upsert(
                    PlatformAccount(
                        userID: user.id, projectID: project.id, platform: "douyin",
                        accountID: "wang", isActive: true),
                    onConflict: \.userID, \.platform, \.accountID)
                try db.delete(first)
                let second = try db.upsert(
                    PlatformAccount(
                        userID: user.id, projectID: project.id, platform: "douyin",
                        accountID: "wang"),
                    onConflict: \.userID, \.platform, \.accountID)
                #expect(second.id != first.id)
                var renamed = second
                renamed.isActive = false
                let third = try db.upsert(renamed, onConflict: \.userID, \.platform, \.accountID)
                #expect(third.id == second.id)
                #expect(third.isActive == false)
                #expect(try db.fetchCount(PlatformAccount.all().including(.included)) == 2)
            }
        }
    }

    @Test(
        "a live user's email is unique; a deleted user's email can be taken again",
        arguments: StorageKind.allCases)
    func liveUnique(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let user = try await storage.write { db in
                try CreatorSchema.create(in: db)
                return try db.insert(User(email: "same@example.com"))
            }
            await expectDatabaseError(.uniqueViolation) {
                try await storage.write { db in try db.insert(User(email: "same@example.com")) }
            }
            try await storage.write { db in
                try db.delete(user)
                try db.insert(User(email: "same@example.com"))
            }
        }
    }

    @Test(
        "a statement with more than 7,400 parameters is refused on PostgreSQL, not sent (SQLite takes it)",
        arguments: StorageKind.allCases)
    func parameterLimit(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let values = (1...7_500).map { DatabaseValue.integer(Int64($0)) }
            let sql =
                "SELECT count(*) FROM (VALUES "
                + (1...7_500).map { "($\($0))" }.joined(separator: ", ") + ") AS v"
            if kind.dialect == .postgresql {
                await expectDatabaseError(.unsupportedFeature) {
                    try await storage.read { db in try db.fetchAll(sql, values) }
                }
                // The connection survives.
                let one = try await storage.read { db in
                    try db.fetchAll("SELECT 1") { try $0.decode(Int.self, at: 0) }
                }
                #expect(one == [1])
                // Placeholders are counted outside literals, quoted names, dollar quotes and
                // comments only.
                let quoted = try await storage.read { db in
                    try db.fetchAll(
                        "SELECT '$8000' || $1 || $tag$ $9000 $tag$ || $$$9999$$ /* $7777 */ AS \"$8888\""
                            + " -- $7401\n", ["!"]
                    ) { try $0.decode(String.self, at: 0) }
                }
                #expect(quoted == ["$8000! $9000 $9999"])
            } else {
                let count = try await storage.read { db in
                    try db.fetchAll(sql, values) { try $0.decode(Int.self, at: 0) }
                }
                #expect(count == [7_500])
            }
        }
    }
}
