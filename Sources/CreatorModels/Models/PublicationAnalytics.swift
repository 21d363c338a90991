import Foundation
import Tandem

/// Metrics of a publication, as fetched from its platform at one time.
public struct PublicationAnalytics: Model {
    /// The primary key.
    public var id: UUID
    /// The publication.
    public var publicationID: UUID
    /// Views.
    public var views: Int
    /// Likes.
    public var likes: Int
    /// Comments.
    public var comments: Int
    /// Shares.
    public var shares: Int
    /// Favourites.
    public var favorites: Int
    /// Followers gained.
    public var followersGained: Int
    /// When the metrics were fetched.
    public var fetchedAt: Date
    /// The platform's response.
    public var rawData: JSONValue?
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date

    /// Creates a PublicationAnalytics with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        publicationID: UUID,
        views: Int = 0,
        likes: Int = 0,
        comments: Int = 0,
        shares: Int = 0,
        favorites: Int = 0,
        followersGained: Int = 0,
        fetchedAt: Date,
        rawData: JSONValue? = nil,
        createdAt: Date = Date(),
        updatedAt: Date = Date()
    ) {
        self.id = id
        self.publicationID = publicationID
        self.views = views
        self.likes = likes
        self.comments = comments
        self.shares = shares
        self.favorites = favorites
        self.followersGained = followersGained
        self.fetchedAt = fetchedAt
        self.rawData = rawData
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The seed's table name.
    public static let tableName = "publication_analytics"

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<PublicationAnalytics> {
        Column(\.publicationID).references(Publication.self)
        Column(\.views, type: .int32, default: .value(0))
        Column(\.likes, type: .int32, default: .value(0))
        Column(\.comments, type: .int32, default: .value(0))
        Column(\.shares, type: .int32, default: .value(0))
        Column(\.favorites, type: .int32, default: .value(0))
        Column(\.followersGained, type: .int32, default: .value(0))
        Column(\.fetchedAt)
        Column(\.rawData)
        Index(\.publicationID, \.fetchedAt, name: "ix_analytics_publication_time")
        BelongsTo("publication", Publication.self, via: \.publicationID)
    }
}
