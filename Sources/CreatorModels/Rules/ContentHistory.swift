import Foundation
import Tandem

/// Content versions: every saved edit of a content becomes a numbered `ContentVersion`
/// holding the title, text and media it had.
///
/// ```swift
/// var edited = content
/// edited.textContent = "新的正文"
/// let (saved, version) = try await storage.write { db in
///     try ContentHistory.save(edited, summary: "改写开头", by: .ai, in: db)
/// }
/// ```
public enum ContentHistory {
    /// Records the first version of a content just inserted (version 1, or the content's own
    /// number).
    @discardableResult
    public static func start(
        _ content: Content, by author: ChangeAuthor = .user, in db: Database
    )
        throws -> ContentVersion
    {
        try db.insert(snapshot(content, version: content.version, summary: nil, by: author))
    }

    /// Saves `edited` as the content's next version: the stored content's version number plus
    /// one, written to the content and to a new `ContentVersion`, in the caller's transaction.
    ///
    /// `edited` must carry the version it was read at: an edit made from an older version
    /// would silently undo the saves in between, so it throws ``StaleContentEdit`` instead;
    /// read the content again, reapply the edit and save. The check and the save cannot be
    /// split by a concurrent save: the content's row is written first, which on PostgreSQL
    /// locks it until the transaction ends (SQLite runs write transactions one at a time).
    ///
    /// - Throws: ``StaleContentEdit``; ``DatabaseError/Code/recordNotFound`` when the content
    ///   does not exist or is marked deleted.
    public static func save(
        _ edited: Content, summary: String?, by author: ChangeAuthor = .user, in db: Database
    ) throws -> (content: Content, version: ContentVersion) {
        let locked = try db.execute(
            "UPDATE contents SET updated_at = updated_at WHERE id = $1 AND is_deleted = $2",
            [.uuid(edited.id), .bool(false)])
        guard locked == 1, let stored = try db.find(Content.self, id: edited.id) else {
            var error = DatabaseError(.recordNotFound, "no such content", table: "contents")
            error.recordID = edited.id
            throw error
        }
        guard edited.version == stored.version else {
            throw StaleContentEdit(
                contentID: edited.id, editedVersion: edited.version, storedVersion: stored.version)
        }
        var next = edited
        next.version = stored.version + 1
        next.updatedAt = stored.updatedAt
        let saved = try db.update(next)
        let version = try db.insert(
            snapshot(saved, version: saved.version, summary: summary, by: author))
        return (saved, version)
    }

    /// The content's versions, newest first.
    public static func versions(of contentID: UUID, in db: Database) throws -> [ContentVersion] {
        try db.fetchAll(
            ContentVersion.filter(\.contentID == contentID).order(by: .descending(\.version)))
    }

    private static func snapshot(
        _ content: Content, version: Int, summary: String?, by author: ChangeAuthor
    ) -> ContentVersion {
        ContentVersion(
            contentID: content.id, version: version, title: content.title,
            textContent: content.textContent, mediaURLs: content.mediaURLs,
            changeSummary: summary, changedBy: author)
    }
}

/// An edit made from an older version of a content than the stored one.
public struct StaleContentEdit: Error, CustomStringConvertible {
    /// The content's id.
    public let contentID: UUID
    /// The version the edit started from.
    public let editedVersion: Int
    /// The version stored now.
    public let storedVersion: Int

    /// What happened, in one sentence.
    public var description: String {
        "the edit starts from version \(editedVersion) but version \(storedVersion) is stored"
    }
}
