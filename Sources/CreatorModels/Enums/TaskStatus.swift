import Tandem

/// Where a background task is in its run.
public enum TaskStatus: String, DatabaseEnum, Codable {
    /// `pending`.
    case pending
    /// `running`.
    case running
    /// `completed`.
    case completed
    /// `failed`.
    case failed
    /// `cancelled`.
    case cancelled
}
