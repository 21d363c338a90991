import Foundation
import Tandem

/// The publishing queue: publications scheduled for a time, claimed by workers when due, then
/// completed or retried.
///
/// ```swift
/// let batch = try await storage.write { db in try PublishingQueue.claimDue(in: db, limit: 50) }
/// for publication in batch { … post it … }
/// try await storage.write { db in try PublishingQueue.complete(publication, postID: id, url: url, in: db) }
/// ```
///
/// A claim moves due publications from `scheduled` to `publishing` in one statement, so a
/// publication is claimed once however many workers ask at the same time: on PostgreSQL each
/// worker skips rows another is claiming (`FOR UPDATE SKIP LOCKED`), on SQLite write
/// transactions run one at a time. The due rows are found through the partial index
/// `ix_publications_due` on both engines.
public enum PublishingQueue {
    /// Claims up to `limit` publications due at `now` (status `scheduled`, `scheduledAt` at or
    /// before `now`), earliest first, marks them `publishing` and returns them as stored.
    ///
    /// Call it in a write transaction and commit before posting: the claim holds once
    /// committed.
    public static func claimDue(
        in db: Database, now: Date = Date(), limit: Int
    ) throws
        -> [Publication]
    {
        guard limit > 0 else { return [] }
        let dialect = db.dialect
        let columns = Publication.schema.table.columns.map {
            "\"publications\"." + dialect.quote($0.name)
        }
        let due = """
            SELECT "id" FROM "publications"
            WHERE "status" = 'scheduled' AND "scheduled_at" <= $1
            ORDER BY "scheduled_at", "id" LIMIT $2
            """
        let moved = dialect.movedUpdatedAt(to: "$3", stored: "\"publications\".\"updated_at\"")
        // PostgreSQL: the due rows are chosen once, in a materialized CTE, so that the LIMIT
        // holds whatever the plan (a subquery under IN could run again and lock more rows).
        let sql =
            dialect == .postgresql
            ? """
            WITH "due" AS MATERIALIZED (\(due) FOR UPDATE SKIP LOCKED)
            UPDATE "publications" SET "status" = 'publishing', "updated_at" = \(moved)
            FROM "due" WHERE "publications"."id" = "due"."id"
            RETURNING \(columns.joined(separator: ", "))
            """
            : """
            UPDATE "publications" SET "status" = 'publishing', "updated_at" = \(moved)
            WHERE "id" IN (\(due))
            RETURNING \(columns.joined(separator: ", "))
            """
        let claimed = try db.fetchAll(
            Publication.self, sql: sql, [.date(now), .integer(Int64(limit)), .date(Date())])
        // RETURNING comes in no set order: earliest first, as claimed. Keys are computed once
        // (a UUID's own text is slow to build on Linux).
        let keyed = claimed.map { ($0.scheduledAt ?? now, UUIDText.text(of: $0.id), $0) }
        return keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// Marks a claimed publication published, with the platform's post id and address.
    ///
    /// - Throws: ``PublicationNotClaimed`` when the stored publication is no longer
    ///   `publishing` (cancelled or changed meanwhile); nothing is written then.
    @discardableResult
    public static func complete(
        _ publication: Publication, postID: String?, url: String?, at date: Date = Date(),
        in db: Database
    ) throws -> Publication {
        try lockClaimed(publication, in: db)
        var published = publication
        published.status = .published
        published.publishedAt = date
        published.platformPostID = postID
        published.platformPostURL = url
        published.errorMessage = nil
        return try db.update(published, changedFrom: publication)
    }

    /// Records a failed attempt: the publication is scheduled again at `retryAt` while it has
    /// retries left (`retryCount`, the retries so far, up to `maximumRetries`), and `failed`
    /// after the last.
    ///
    /// - Throws: ``PublicationNotClaimed`` when the stored publication is no longer
    ///   `publishing`; nothing is written then.
    @discardableResult
    public static func fail(
        _ publication: Publication, error message: String, retryAt: Date,
        maximumRetries: Int = 3, at date: Date = Date(), in db: Database
    ) throws -> Publication {
        try lockClaimed(publication, in: db)
        var failed = publication
        failed.retryCount += 1
        failed.lastRetryAt = date
        failed.errorMessage = message
        if failed.retryCount <= maximumRetries {
            failed.status = .scheduled
            failed.scheduledAt = retryAt
        } else {
            failed.status = .failed
        }
        return try db.update(failed, changedFrom: publication)
    }

    /// Locks the stored publication while it is `publishing` (on PostgreSQL until the
    /// transaction ends), or throws.
    private static func lockClaimed(_ publication: Publication, in db: Database) throws {
        let locked = try db.execute(
            "UPDATE \"publications\" SET \"updated_at\" = \"updated_at\" WHERE \"id\" = $1"
                + " AND \"status\" = 'publishing'",
            [.uuid(publication.id)])
        if locked == 0 { throw PublicationNotClaimed(id: publication.id) }
    }
}

/// A publication to complete or fail is no longer `publishing`: cancelled, rescheduled or
/// finished by someone else since it was claimed.
public struct PublicationNotClaimed: Error, CustomStringConvertible {
    /// The publication's id.
    public let id: UUID

    /// What happened, in one sentence.
    public var description: String {
        "publication \(id.uuidString.lowercased()) is no longer being published"
    }
}
