import Foundation
import Tandem

/// One piece of content sent to one platform account: the publishing queue.
public struct Publication: Model {
    /// The primary key.
    public var id: UUID
    /// The owner.
    public var userID: UUID
    /// The content published.
    public var contentID: UUID
    /// The account it is published on.
    public var accountID: UUID
    /// The platform.
    public var platform: String
    /// Where it is in the queue.
    public var status: PublishStatus
    /// The content as adapted for the platform.
    public var adaptedContent: JSONValue?
    /// When it is due.
    public var scheduledAt: Date?
    /// When it went out.
    public var publishedAt: Date?
    /// The post's identifier on the platform.
    public var platformPostID: String?
    /// The post's address on the platform.
    public var platformPostURL: String?
    /// Why the last attempt failed.
    public var errorMessage: String?
    /// Attempts after the first.
    public var retryCount: Int
    /// When the last retry ran.
    public var lastRetryAt: Date?
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date

    /// Creates a Publication with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        contentID: UUID,
        accountID: UUID,
        platform: String,
        status: PublishStatus = .pending,
        adaptedContent: JSONValue? = nil,
        scheduledAt: Date? = nil,
        publishedAt: Date? = nil,
        platformPostID: String? = nil,
        platformPostURL: String? = nil,
        errorMessage: String? = nil,
        retryCount: Int = 0,
        lastRetryAt: Date? = nil,
        createdAt: Date = Date(),
        updatedAt: Date = Date()
    ) {
        self.id = id
        self.userID = userID
        self.contentID = contentID
        self.accountID = accountID
        self.platform = platform
        self.status = status
        self.adaptedContent = adaptedContent
        self.scheduledAt = scheduledAt
        self.publishedAt = publishedAt
        self.platformPostID = platformPostID
        self.platformPostURL = platformPostURL
        self.errorMessage = errorMessage
        self.retryCount = retryCount
        self.lastRetryAt = lastRetryAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<Publication> {
        Column(\.userID).references(User.self)
        Column(\.contentID).references(Content.self)
        Column(\.accountID).references(PlatformAccount.self)
        Column(\.platform, maxLength: 50)
        Column(\.status, default: .value("pending"))
        Column(\.adaptedContent)
        Column(\.scheduledAt)
        Column(\.publishedAt)
        Column(\.platformPostID, maxLength: 255)
        Column(\.platformPostURL, maxLength: 500)
        Column(\.errorMessage)
        Column(\.retryCount, type: .int32, default: .value(0))
        Column(\.lastRetryAt)
        Index(\.status, name: "ix_publications_status")
        Index(\.scheduledAt, name: "ix_publications_scheduled")
        Index(\.userID, \.status, name: "ix_publications_user_status")
        Index(\.platform, \.scheduledAt, name: "ix_publications_platform_scheduled")
        Index(\.scheduledAt, name: "ix_publications_pending", where: \.status == .pending)
        Index(\.scheduledAt, name: "ix_publications_due", where: \.status == .scheduled)
        Index(\.contentID, name: "ix_publications_content")
        Index(\.accountID, name: "ix_publications_account")
        BelongsTo("user", User.self, via: \.userID)
        BelongsTo("content", Content.self, via: \.contentID)
        BelongsTo("account", PlatformAccount.self, via: \.accountID)
        HasMany("analytics", PublicationAnalytics.self, via: \.publicationID)
    }
}
