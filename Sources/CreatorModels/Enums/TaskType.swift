import Tandem

/// What a background task does.
public enum TaskType: String, DatabaseEnum, Codable {
    /// `publish`.
    case publish
    /// `analytics`.
    case analytics
    /// `ai_generation`.
    case aiGeneration = "ai_generation"
    /// `sync`.
    case sync
    /// `cleanup`.
    case cleanup
}
