import Foundation
import Tandem

/// A file in a user's material library, with what AI found in it.
public struct Material: SoftDeletable {
    /// The primary key.
    public var id: UUID
    /// The owner.
    public var userID: UUID
    /// The file's name.
    public var filename: String
    /// What kind of file it is.
    public var fileType: MaterialType
    /// The MIME type.
    public var mimeType: String
    /// The size in bytes.
    public var fileSize: Int64
    /// Where the file is stored.
    public var storagePath: String
    /// Where the file is served.
    public var url: String
    /// Where the thumbnail is served.
    public var thumbnailURL: String?
    /// Width in pixels.
    public var width: Int?
    /// Height in pixels.
    public var height: Int?
    /// Length of audio or video.
    public var durationSeconds: Int?
    /// The folder in the library.
    public var folder: String
    /// Tags set by the user.
    public var tags: [String]
    /// What AI sees in the file; searchable.
    public var aiDescription: String?
    /// Tags set by AI.
    public var aiTags: [String]
    /// Text recognised in the file.
    public var ocrText: String?
    /// How often it was used.
    public var useCount: Int
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date
    /// When the row was marked deleted.
    public var deletedAt: Date?
    /// Whether the row is marked deleted.
    public var isDeleted: Bool

    /// Creates a Material with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        filename: String,
        fileType: MaterialType,
        mimeType: String,
        fileSize: Int64,
        storagePath: String,
        url: String,
        thumbnailURL: String? = nil,
        width: Int? = nil,
        height: Int? = nil,
        durationSeconds: Int? = nil,
        folder: String = "default",
        tags: [String] = [],
        aiDescription: String? = nil,
        aiTags: [String] = [],
        ocrText: String? = nil,
        useCount: Int = 0,
        createdAt: Date = Date(),
        updatedAt: Date = Date(),
        deletedAt: Date? = nil,
        isDeleted: Bool = false
    ) {
        self.id = id
        self.userID = userID
        self.filename = filename
        self.fileType = fileType
        self.mimeType = mimeType
        self.fileSize = fileSize
        self.storagePath = storagePath
        self.url = url
        self.thumbnailURL = thumbnailURL
        self.width = width
        self.height = height
        self.durationSeconds = durationSeconds
        self.folder = folder
        self.tags = tags
        self.aiDescription = aiDescription
        self.aiTags = aiTags
        self.ocrText = ocrText
        self.useCount = useCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
        self.isDeleted = isDeleted
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<Material> {
        SoftDelete()
        Column(\.userID).references(User.self)
        Column(\.filename, maxLength: 255)
        Column(\.fileType)
        Column(\.mimeType, maxLength: 100)
        Column(\.fileSize)
        Column(\.storagePath, maxLength: 500)
        Column(\.url, maxLength: 500)
        Column(\.thumbnailURL, maxLength: 500)
        Column(\.width, type: .int32)
        Column(\.height, type: .int32)
        Column(\.durationSeconds, type: .int32)
        Column(\.folder, maxLength: 255, default: .value("default"))
        Column(\.tags, default: .value(.textArray([])))
        Column(\.aiDescription)
        Column(\.aiTags, default: .value(.textArray([])))
        Column(\.ocrText)
        Column(\.useCount, type: .int32, default: .value(0))
        Index(\.userID, \.folder, name: "ix_materials_user_folder")
        Index(\.tags, name: "ix_materials_tags", using: .gin)
        Index(\.aiDescription, name: "ix_materials_ai_description", using: .textSearch)
        BelongsTo("user", User.self, via: \.userID)
    }
}
