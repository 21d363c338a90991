import Foundation
import Tandem

/// A person who creates and publishes content.
public struct User: SoftDeletable {
    /// The primary key.
    public var id: UUID
    /// The sign-in email; unique among users not deleted.
    public var email: String
    /// The public handle, unique among users not deleted.
    public var username: String?
    /// The display name.
    public var nickname: String?
    /// Where the avatar image is.
    public var avatarURL: String?
    /// The phone number, unique among users not deleted.
    public var phone: String?
    /// The password hash; `nil` for users who sign in with OAuth only.
    public var passwordHash: String?
    /// Whether the email was verified.
    public var isVerified: Bool
    /// Whether the account may sign in.
    public var isActive: Bool
    /// The subscription level.
    public var subscriptionTier: SubscriptionTier
    /// When a paid subscription ends.
    public var subscriptionExpiresAt: Date?
    /// How many pieces of content the user may create a day.
    public var dailyCreationQuota: Int
    /// How many publications the user may send a day.
    public var dailyPublishQuota: Int
    /// How many megabytes of materials the user may store.
    public var storageQuotaMB: Int
    /// Preferences such as language and time zone.
    public var settings: JSONValue
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date
    /// When the row was marked deleted.
    public var deletedAt: Date?
    /// Whether the row is marked deleted.
    public var isDeleted: Bool

    /// Creates a User with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        email: String,
        username: String? = nil,
        nickname: String? = nil,
        avatarURL: String? = nil,
        phone: String? = nil,
        passwordHash: String? = nil,
        isVerified: Bool = false,
        isActive: Bool = true,
        subscriptionTier: SubscriptionTier = .free,
        subscriptionExpiresAt: Date? = nil,
        dailyCreationQuota: Int = 10,
        dailyPublishQuota: Int = 20,
        storageQuotaMB: Int = 500,
        settings: JSONValue = .emptyObject,
        createdAt: Date = Date(),
        updatedAt: Date = Date(),
        deletedAt: Date? = nil,
        isDeleted: Bool = false
    ) {
        self.id = id
        self.email = email
        self.username = username
        self.nickname = nickname
        self.avatarURL = avatarURL
        self.phone = phone
        self.passwordHash = passwordHash
        self.isVerified = isVerified
        self.isActive = isActive
        self.subscriptionTier = subscriptionTier
        self.subscriptionExpiresAt = subscriptionExpiresAt
        self.dailyCreationQuota = dailyCreationQuota
        self.dailyPublishQuota = dailyPublishQuota
        self.storageQuotaMB = storageQuotaMB
        self.settings = settings
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
        self.isDeleted = isDeleted
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<User> {
        SoftDelete()
        Column(\.email, maxLength: 255).unique(.liveRows, name: "uix_users_email")
        Column(\.username, maxLength: 50).unique(.liveRows, name: "uix_users_username")
        Column(\.nickname, maxLength: 100)
        Column(\.avatarURL, maxLength: 500)
        Column(\.phone, maxLength: 20).unique(.liveRows, name: "uix_users_phone")
        Column(\.passwordHash, maxLength: 255)
        Column(\.isVerified, default: .value(false))
        Column(\.isActive, default: .value(true))
        Column(\.subscriptionTier, default: .value("free"))
        Column(\.subscriptionExpiresAt)
        Column(\.dailyCreationQuota, type: .int32, default: .value(10))
        Column(\.dailyPublishQuota, type: .int32, default: .value(20))
        Column(\.storageQuotaMB, type: .int32, default: .value(500))
        Column(\.settings, default: .value(.json(.emptyObject)))
        HasMany("projects", Project.self, via: \.userID)
        HasMany("accounts", PlatformAccount.self, via: \.userID)
        HasMany("contents", Content.self, via: \.userID)
        HasMany("publications", Publication.self, via: \.userID)
        HasMany("oauthLinks", UserOAuth.self, via: \.userID)
    }
}
