import Tandem

/// Where a piece of content is in its life.
public enum ContentStatus: String, DatabaseEnum, Codable {
    /// `draft`.
    case draft
    /// `ready`.
    case ready
    /// `published`.
    case published
    /// `archived`.
    case archived
}
