import CBenchBaseline
import CreatorModels
import Foundation
import Tandem

/// Workload 7: due publications claimed from the publishing queue in batches, by concurrent
/// workers on PostgreSQL and by the one writer on SQLite, with a check that none is claimed
/// twice.
enum ClaimWorkload {
    static let batchSize = 50
    /// The instant every publication is due by.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Adds a platform account and `count` scheduled publications of the first content,
    /// due before ``now``.
    static func seed(_ storage: any Storage, _ data: BenchDataset, count: Int) async throws {
        guard let content = data.contents.first else { return }
        try await storage.write { db in
            let account = try db.insert(
                PlatformAccount(
                    userID: data.userID, projectID: data.projectID, platform: "xiaohongshu",
                    accountID: "bench"))
            try db.insert(
                contentsOf: (0..<count).map {
                    Publication(
                        userID: data.userID, contentID: content.id, accountID: account.id,
                        platform: "xiaohongshu", status: .scheduled,
                        scheduledAt: now.addingTimeInterval(-Double($0 % 5_000) - 1))
                })
        }
    }

    /// Puts every publication back in the queue before the next side runs.
    static func reset(_ storage: any Storage) async throws {
        try await storage.write { db in
            try db.execute(
                "UPDATE publications SET status = $1", [.text(PublishStatus.scheduled.rawValue)])
        }
    }

    /// Claims everything with `workers` concurrent loops; returns the time and how many were
    /// claimed, after checking that no publication was claimed twice.
    static func tandem(_ storage: any Storage, workers: Int) async throws -> (Double, Int) {
        var claimed: [UUID] = []
        let time = try await TandemWorkloads.seconds {
            claimed = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for _ in 0..<workers {
                    group.addTask {
                        var mine: [UUID] = []
                        while true {
                            let batch = try await storage.write { db in
                                try PublishingQueue.claimDue(in: db, now: now, limit: batchSize)
                            }
                            if batch.isEmpty { return mine }
                            mine += batch.map(\.id)
                        }
                    }
                }
                var all: [UUID] = []
                for try await ids in group { all += ids }
                return all
            }
        }
        guard Set(claimed).count == claimed.count else {
            throw BenchError(
                "claim: \(claimed.count - Set(claimed).count) publications claimed twice")
        }
        return (time, claimed.count)
    }

    /// Checks a side's count against the queue's size.
    static func check(_ side: String, claimed: Int, expected: Int) throws {
        guard claimed == expected else {
            throw BenchError("claim (\(side)): \(claimed) claims for \(expected) due publications")
        }
    }
}
