import Foundation
import Tandem

/// A platform credential encrypted on the device; the server never decrypts it.
public struct EncryptedCredentialRecord: Model {
    /// The primary key.
    public var id: UUID
    /// The owner.
    public var userID: UUID
    /// The platform.
    public var platform: String
    /// The account's identifier on the platform.
    public var accountID: String
    /// The ciphertext with its iv, salt and version.
    public var encryptedData: JSONValue
    /// The device that first uploaded it.
    public var createdDevice: String
    /// The device that last updated it.
    public var lastUpdatedDevice: String
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date

    /// Creates a EncryptedCredentialRecord with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        platform: String,
        accountID: String,
        encryptedData: JSONValue,
        createdDevice: String,
        lastUpdatedDevice: String,
        createdAt: Date = Date(),
        updatedAt: Date = Date()
    ) {
        self.id = id
        self.userID = userID
        self.platform = platform
        self.accountID = accountID
        self.encryptedData = encryptedData
        self.createdDevice = createdDevice
        self.lastUpdatedDevice = lastUpdatedDevice
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The seed's table name.
    public static let tableName = "encrypted_credentials"

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<EncryptedCredentialRecord> {
        Column(\.userID).references(User.self)
        Column(\.platform, maxLength: 50)
        Column(\.accountID, maxLength: 255)
        Column(\.encryptedData)
        Column(\.createdDevice, maxLength: 255)
        Column(\.lastUpdatedDevice, maxLength: 255)
        Unique(\.userID, \.platform, \.accountID, name: "uix_credential")
        BelongsTo("user", User.self, via: \.userID)
    }
}
