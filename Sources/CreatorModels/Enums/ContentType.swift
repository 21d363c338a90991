import Tandem

/// What kind of content a piece is.
public enum ContentType: String, DatabaseEnum, Codable {
    /// `text`.
    case text
    /// `image`.
    case image
    /// `video`.
    case video
    /// `article`.
    case article
}
