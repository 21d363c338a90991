import Tandem

/// What kind of file a material is.
public enum MaterialType: String, DatabaseEnum, Codable {
    /// `image`.
    case image
    /// `video`.
    case video
    /// `audio`.
    case audio
    /// `document`.
    case document
}
