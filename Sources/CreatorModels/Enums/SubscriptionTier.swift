import Tandem

/// A subscription level; it sets the quotas.
public enum SubscriptionTier: String, DatabaseEnum, Codable {
    /// `free`.
    case free
    /// `basic`.
    case basic
    /// `pro`.
    case pro
    /// `enterprise`.
    case enterprise
}
