import Foundation
import Tandem

/// The creative context a user works in: industry, brand, topics.
public struct Project: SoftDeletable {
    /// The primary key.
    public var id: UUID
    /// The owner.
    public var userID: UUID
    /// The project's name.
    public var name: String
    /// A free description.
    public var description: String?
    /// The main industry.
    public var industry: String?
    /// Niches within the industry.
    public var subIndustries: [String]
    /// The brand's name.
    public var brandName: String?
    /// The brand's tone: professional, lively, luxurious…
    public var brandTone: String?
    /// Words that describe the brand.
    public var brandKeywords: [String]
    /// Topics the project follows.
    public var topics: [String]
    /// Content keywords.
    public var keywords: [String]
    /// How the project's accounts position themselves.
    public var accountTags: [String]
    /// Platforms to publish to first.
    public var preferredPlatforms: [String]
    /// The default content style.
    public var contentStyle: String?
    /// Whether this is the user's default project.
    public var isDefault: Bool
    /// Other settings.
    public var settings: JSONValue
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date
    /// When the row was marked deleted.
    public var deletedAt: Date?
    /// Whether the row is marked deleted.
    public var isDeleted: Bool

    /// Creates a Project with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        name: String,
        description: String? = nil,
        industry: String? = nil,
        subIndustries: [String] = [],
        brandName: String? = nil,
        brandTone: String? = nil,
        brandKeywords: [String] = [],
        topics: [String] = [],
        keywords: [String] = [],
        accountTags: [String] = [],
        preferredPlatforms: [String] = [],
        contentStyle: String? = nil,
        isDefault: Bool = false,
        settings: JSONValue = .emptyObject,
        createdAt: Date = Date(),
        updatedAt: Date = Date(),
        deletedAt: Date? = nil,
        isDeleted: Bool = false
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.description = description
        self.industry = industry
        self.subIndustries = subIndustries
        self.brandName = brandName
        self.brandTone = brandTone
        self.brandKeywords = brandKeywords
        self.topics = topics
        self.keywords = keywords
        self.accountTags = accountTags
        self.preferredPlatforms = preferredPlatforms
        self.contentStyle = contentStyle
        self.isDefault = isDefault
        self.settings = settings
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
        self.isDeleted = isDeleted
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<Project> {
        SoftDelete()
        Column(\.userID).references(User.self)
        Column(\.name, maxLength: 255)
        Column(\.description)
        Column(\.industry, maxLength: 100)
        Column(\.subIndustries, default: .value(.textArray([])))
        Column(\.brandName, maxLength: 255)
        Column(\.brandTone, maxLength: 100)
        Column(\.brandKeywords, default: .value(.textArray([])))
        Column(\.topics, default: .value(.textArray([])))
        Column(\.keywords, default: .value(.textArray([])))
        Column(\.accountTags, default: .value(.textArray([])))
        Column(\.preferredPlatforms, default: .value(.textArray([])))
        Column(\.contentStyle, maxLength: 100)
        Column(\.isDefault, default: .value(false))
        Column(\.settings, default: .value(.json(.emptyObject)))
        Index(\.userID, name: "ix_projects_user")
        BelongsTo("user", User.self, via: \.userID)
        HasMany("accounts", PlatformAccount.self, via: \.projectID)
        HasMany("contents", Content.self, via: \.projectID)
    }
}
