import Foundation
import Tandem

/// How many projects a user may keep, by subscription tier: the seed's one business rule,
/// made atomic on both engines.
///
/// ```swift
/// let project = try await storage.write { db in
///     try ProjectQuota.create(Project(userID: user.id, name: "旅行日记"), in: db)
/// }
/// ```
public enum ProjectQuota {
    /// The most projects (not marked deleted) a tier allows; `nil` for no limit.
    public static func limit(for tier: SubscriptionTier) -> Int? {
        switch tier {
        case .free, .basic: 1
        case .pro: 5
        case .enterprise: nil
        }
    }

    /// The tier that applies to `user` at `date`: its own, or `free` once the subscription
    /// has expired.
    public static func effectiveTier(of user: User, at date: Date = Date()) -> SubscriptionTier {
        if let expiry = user.subscriptionExpiresAt, expiry <= date { return .free }
        return user.subscriptionTier
    }

    /// Inserts `project` if its owner's tier allows one more, and returns it as stored.
    ///
    /// The check and the insert cannot be split by a concurrent request: the owner's row is
    /// written first (`UPDATE users SET updated_at = …`), which on PostgreSQL locks it until
    /// the transaction ends, so a second request for the same user waits and then counts the
    /// first one's project; on SQLite write transactions run one at a time anyway. Call it in
    /// a write transaction.
    ///
    /// - Throws: ``QuotaExceeded`` when the owner already has as many projects as the tier
    ///   allows; ``DatabaseError/Code/recordNotFound`` when the owner does not exist or is
    ///   marked deleted.
    @discardableResult
    public static func create(
        _ project: Project, in db: Database, at date: Date = Date()
    )
        throws -> Project
    {
        let locked = try db.execute(
            "UPDATE users SET updated_at = updated_at WHERE id = $1 AND is_deleted = $2",
            [.uuid(project.userID), .bool(false)])
        guard locked == 1, let owner = try db.find(User.self, id: project.userID) else {
            var error = DatabaseError(
                .recordNotFound, "the project's owner does not exist", table: "users")
            error.recordID = project.userID
            throw error
        }
        let tier = effectiveTier(of: owner, at: date)
        if let limit = limit(for: tier) {
            let used = try db.fetchCount(Project.filter(\.userID == owner.id))
            if used >= limit { throw QuotaExceeded(tier: tier, limit: limit, used: used) }
        }
        return try db.insert(project)
    }
}

/// A user's tier allows no more projects.
public struct QuotaExceeded: Error, Equatable, CustomStringConvertible {
    /// The tier that applied.
    public let tier: SubscriptionTier
    /// The most projects it allows.
    public let limit: Int
    /// How many projects (not marked deleted) the user has.
    public let used: Int

    /// What happened, in one sentence.
    public var description: String {
        "the \(tier.rawValue) tier allows \(limit) project(s) and \(used) exist"
    }
}
