import Foundation
import Tandem

/// A snapshot of a piece of content, kept for its history.
public struct ContentVersion: Model {
    /// The primary key.
    public var id: UUID
    /// The content.
    public var contentID: UUID
    /// The version number, from 1.
    public var version: Int
    /// The title at that version.
    public var title: String?
    /// The body at that version.
    public var textContent: String?
    /// The media at that version.
    public var mediaURLs: [String]
    /// What changed.
    public var changeSummary: String?
    /// Who changed it.
    public var changedBy: ChangeAuthor
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date

    /// Creates a ContentVersion with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        contentID: UUID,
        version: Int,
        title: String? = nil,
        textContent: String? = nil,
        mediaURLs: [String] = [],
        changeSummary: String? = nil,
        changedBy: ChangeAuthor = .user,
        createdAt: Date = Date(),
        updatedAt: Date = Date()
    ) {
        self.id = id
        self.contentID = contentID
        self.version = version
        self.title = title
        self.textContent = textContent
        self.mediaURLs = mediaURLs
        self.changeSummary = changeSummary
        self.changedBy = changedBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<ContentVersion> {
        Column(\.contentID).references(Content.self)
        Column(\.version, type: .int32)
        Column(\.title, maxLength: 500)
        Column(\.textContent)
        Column(\.mediaURLs, default: .value(.textArray([])))
        Column(\.changeSummary, maxLength: 500)
        Column(\.changedBy, default: .value("user"))
        Unique(\.contentID, \.version, name: "uix_content_version")
        BelongsTo("content", Content.self, via: \.contentID)
    }
}
