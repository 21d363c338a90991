import Tandem

/// Where a publication is in the publishing queue.
public enum PublishStatus: String, DatabaseEnum, Codable {
    /// `pending`.
    case pending
    /// `scheduled`.
    case scheduled
    /// `publishing`.
    case publishing
    /// `published`.
    case published
    /// `failed`.
    case failed
    /// `cancelled`.
    case cancelled
}
