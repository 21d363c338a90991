import Tandem

/// Who made a content version.
public enum ChangeAuthor: String, DatabaseEnum, Codable {
    /// `user`.
    case user
    /// `ai`.
    case ai
    /// `auto`.
    case auto
}
