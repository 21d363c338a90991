import Foundation
import Tandem

/// A piece of content: text, images or video, with its tags and AI provenance.
public struct Content: SoftDeletable {
    /// The primary key.
    public var id: UUID
    /// The author.
    public var userID: UUID
    /// The project it belongs to.
    public var projectID: UUID
    /// The title.
    public var title: String?
    /// What kind of content it is.
    public var contentType: ContentType
    /// Where it is in its life.
    public var status: ContentStatus
    /// The body text.
    public var textContent: String?
    /// A summary.
    public var summary: String?
    /// Images and videos.
    public var mediaURLs: [String]
    /// The cover image.
    public var coverURL: String?
    /// Tags.
    public var tags: [String]
    /// Search keywords.
    public var keywords: [String]
    /// Words in the body.
    public var wordCount: Int
    /// Estimated reading time.
    public var readTimeMinutes: Int
    /// Whether AI wrote it.
    public var aiGenerated: Bool
    /// How AI generated it: model, topic, style.
    public var generationParams: JSONValue?
    /// The current version number.
    public var version: Int
    /// The content it was derived from.
    public var parentID: UUID?
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date
    /// When the row was marked deleted.
    public var deletedAt: Date?
    /// Whether the row is marked deleted.
    public var isDeleted: Bool

    /// Creates a Content with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        projectID: UUID,
        title: String? = nil,
        contentType: ContentType,
        status: ContentStatus = .draft,
        textContent: String? = nil,
        summary: String? = nil,
        mediaURLs: [String] = [],
        coverURL: String? = nil,
        tags: [String] = [],
        keywords: [String] = [],
        wordCount: Int = 0,
        readTimeMinutes: Int = 0,
        aiGenerated: Bool = false,
        generationParams: JSONValue? = nil,
        version: Int = 1,
        parentID: UUID? = nil,
        createdAt: Date = Date(),
        updatedAt: Date = Date(),
        deletedAt: Date? = nil,
        isDeleted: Bool = false
    ) {
        self.id = id
        self.userID = userID
        self.projectID = projectID
        self.title = title
        self.contentType = contentType
        self.status = status
        self.textContent = textContent
        self.summary = summary
        self.mediaURLs = mediaURLs
        self.coverURL = coverURL
        self.tags = tags
        self.keywords = keywords
        self.wordCount = wordCount
        self.readTimeMinutes = readTimeMinutes
        self.aiGenerated = aiGenerated
        self.generationParams = generationParams
        self.version = version
        self.parentID = parentID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
        self.isDeleted = isDeleted
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<Content> {
        SoftDelete()
        Column(\.userID).references(User.self)
        Column(\.projectID).references(Project.self)
        Column(\.title, maxLength: 500)
        Column(\.contentType)
        Column(\.status, default: .value("draft"))
        Column(\.textContent)
        Column(\.summary)
        Column(\.mediaURLs, default: .value(.textArray([])))
        Column(\.coverURL, maxLength: 500)
        Column(\.tags, default: .value(.textArray([])))
        Column(\.keywords, default: .value(.textArray([])))
        Column(\.wordCount, type: .int32, default: .value(0))
        Column(\.readTimeMinutes, type: .int32, default: .value(0))
        Column(\.aiGenerated, default: .value(false))
        Column(\.generationParams)
        Column(\.version, type: .int32, default: .value(1))
        Column(\.parentID).references(Content.self)
        // The content list of section 9.2, with id last so that keyset pages break ties on
        // created_at inside the index.
        Index(
            keys: [
                .ascending(\.userID), .ascending(\.status), .descending(\.createdAt),
                .descending(\.id),
            ],
            name: "ix_contents_user_status_created")
        Index(\.tags, name: "ix_contents_tags", using: .gin)
        Index(\.projectID, name: "ix_contents_project")
        BelongsTo("user", User.self, via: \.userID)
        BelongsTo("project", Project.self, via: \.projectID)
        BelongsTo("parent", Content.self, via: \.parentID)
        HasMany("versions", ContentVersion.self, via: \.contentID)
        HasMany("publications", Publication.self, via: \.contentID)
    }
}
