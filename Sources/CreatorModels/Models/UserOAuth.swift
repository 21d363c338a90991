import Foundation
import Tandem

/// A link between a user and an OAuth provider account.
public struct UserOAuth: Model {
    /// The primary key.
    public var id: UUID
    /// The user.
    public var userID: UUID
    /// The provider: google, github, wechat…
    public var provider: String
    /// The user's identifier at the provider.
    public var providerUserID: String
    /// The provider's access token.
    public var accessToken: String?
    /// The provider's refresh token.
    public var refreshToken: String?
    /// When the access token expires.
    public var tokenExpiresAt: Date?
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date

    /// Creates a UserOAuth with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        provider: String,
        providerUserID: String,
        accessToken: String? = nil,
        refreshToken: String? = nil,
        tokenExpiresAt: Date? = nil,
        createdAt: Date = Date(),
        updatedAt: Date = Date()
    ) {
        self.id = id
        self.userID = userID
        self.provider = provider
        self.providerUserID = providerUserID
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.tokenExpiresAt = tokenExpiresAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The seed's table name.
    public static let tableName = "user_oauths"

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<UserOAuth> {
        Column(\.userID).references(User.self)
        Column(\.provider, maxLength: 50)
        Column(\.providerUserID, maxLength: 255)
        Column(\.accessToken, maxLength: 500)
        Column(\.refreshToken, maxLength: 500)
        Column(\.tokenExpiresAt)
        Unique(\.provider, \.providerUserID, name: "uix_oauth_provider_user")
        Index(\.userID, name: "ix_user_oauths_user")
        BelongsTo("user", User.self, via: \.userID)
    }
}
