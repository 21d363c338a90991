import Foundation
import Tandem

/// An account on a publishing platform, bound to a project.
public struct PlatformAccount: SoftDeletable {
    /// The primary key.
    public var id: UUID
    /// The owner.
    public var userID: UUID
    /// The project the account publishes for.
    public var projectID: UUID
    /// The platform: xiaohongshu, douyin, weibo, wechat_mp, bilibili, zhihu, kuaishou.
    public var platform: String
    /// The account's identifier on the platform.
    public var accountID: String
    /// The account's name on the platform.
    public var accountName: String?
    /// Where the account's avatar is.
    public var avatarURL: String?
    /// Whether the account is in use.
    public var isActive: Bool
    /// Whether the stored session still works.
    public var sessionValid: Bool
    /// When the session was last checked.
    public var lastSessionCheck: Date?
    /// Followers, as last fetched.
    public var followersCount: Int
    /// Accounts followed, as last fetched.
    public var followingCount: Int
    /// Posts, as last fetched.
    public var postsCount: Int
    /// Platform details such as verification and level.
    public var metadata: JSONValue
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date
    /// When the row was marked deleted.
    public var deletedAt: Date?
    /// Whether the row is marked deleted.
    public var isDeleted: Bool

    /// Creates a PlatformAccount with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        projectID: UUID,
        platform: String,
        accountID: String,
        accountName: String? = nil,
        avatarURL: String? = nil,
        isActive: Bool = true,
        sessionValid: Bool = true,
        lastSessionCheck: Date? = nil,
        followersCount: Int = 0,
        followingCount: Int = 0,
        postsCount: Int = 0,
        metadata: JSONValue = .emptyObject,
        createdAt: Date = Date(),
        updatedAt: Date = Date(),
        deletedAt: Date? = nil,
        isDeleted: Bool = false
    ) {
        self.id = id
        self.userID = userID
        self.projectID = projectID
        self.platform = platform
        self.accountID = accountID
        self.accountName = accountName
        self.avatarURL = avatarURL
        self.isActive = isActive
        self.sessionValid = sessionValid
        self.lastSessionCheck = lastSessionCheck
        self.followersCount = followersCount
        self.followingCount = followingCount
        self.postsCount = postsCount
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
        self.isDeleted = isDeleted
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<PlatformAccount> {
        SoftDelete()
        Column(\.userID).references(User.self)
        Column(\.projectID).references(Project.self)
        Column(\.platform, maxLength: 50).indexed(name: "ix_platform_accounts_platform")
        Column(\.accountID, maxLength: 255)
        Column(\.accountName, maxLength: 255)
        Column(\.avatarURL, maxLength: 500)
        Column(\.isActive, default: .value(true))
        Column(\.sessionValid, default: .value(true))
        Column(\.lastSessionCheck)
        Column(\.followersCount, type: .int32, default: .value(0))
        Column(\.followingCount, type: .int32, default: .value(0))
        Column(\.postsCount, type: .int32, default: .value(0))
        Column(\.metadata, default: .value(.json(.emptyObject)))
        Unique(
            \.userID, \.platform, \.accountID, name: "uix_user_platform_account", scope: .liveRows)
        BelongsTo("user", User.self, via: \.userID)
        BelongsTo("project", Project.self, via: \.projectID)
        HasMany("publications", Publication.self, via: \.accountID)
    }
}
