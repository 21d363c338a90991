import CreatorModels
import Foundation
import Tandem
import Testing

@Suite("The publishing queue")
struct PublishingQueueTests {
    /// A user with one content and one account, and publications in every state.
    private func seed(_ db: Database, due: Int, now: Date) throws -> Set<UUID> {
        try CreatorSchema.create(in: db)
        let user = try db.insert(User(email: "queue@example.com"))
        let project = try db.insert(Project(userID: user.id, name: "队列"))
        let content = try db.insert(
            Content(userID: user.id, projectID: project.id, contentType: .article))
        let account = try db.insert(
            PlatformAccount(
                userID: user.id, projectID: project.id, platform: "weibo", accountID: "q"))
        func publication(_ status: PublishStatus, _ offset: TimeInterval) -> Publication {
            Publication(
                userID: user.id, contentID: content.id, accountID: account.id, platform: "weibo",
                status: status, scheduledAt: now.addingTimeInterval(offset))
        }
        let dueOnes = (0..<due).map { publication(.scheduled, -Double($0 % 17) - 1) }
        try db.insert(contentsOf: dueOnes)
        try db.insert(contentsOf: (0..<10).map { publication(.scheduled, Double($0) + 60) })
        try db.insert(contentsOf: (0..<10).map { publication(.pending, -Double($0) - 1) })
        return Set(dueOnes.map(\.id))
    }

    @Test(
        "concurrent workers claim every due publication exactly once",
        arguments: StorageKind.allCases)
    func concurrentClaims(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let now = Date()
            let due = try await storage.write { db in try seed(db, due: 150, now: now) }
            let claims = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        var mine: [UUID] = []
                        while true {
                            let batch = try await storage.write { db in
                                try PublishingQueue.claimDue(in: db, now: now, limit: 7)
                            }
                            if batch.isEmpty { return mine }
                            #expect(batch.count <= 7)
                            #expect(batch.allSatisfy { $0.status == .publishing })
                            mine += batch.map(\.id)
                        }
                    }
                }
                var all: [UUID] = []
                for try await claimed in group { all += claimed }
                return all
            }
            #expect(claims.count == due.count)
            #expect(Set(claims) == due)
        }
    }

    @Test(
        "claims come earliest first; completion and retries move the status",
        arguments: StorageKind.allCases)
    func lifecycle(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let now = Date()
            try await storage.write { db in
                _ = try seed(db, due: 5, now: now)
                let first = try PublishingQueue.claimDue(in: db, now: now, limit: 2)
                // The two earliest of the due ones, scheduled 5 s and 4 s ago.
                #expect(
                    first.map { $0.scheduledAt.map { now.timeIntervalSince($0).rounded() } }
                        == [5, 4])
                #expect(first.allSatisfy { $0.updatedAt >= $0.createdAt })

                let done = try PublishingQueue.complete(
                    first[0], postID: "p1", url: "https://weibo.com/p1", in: db)
                #expect(done.status == .published)

                // Completing it again is refused: it is no longer publishing.
                do {
                    try PublishingQueue.complete(first[0], postID: "p1", url: nil, in: db)
                    Issue.record("a published publication was completed twice")
                } catch is PublicationNotClaimed {}

                var retried = first[1]
                for attempt in 1...4 {
                    retried = try PublishingQueue.fail(
                        retried, error: "timeout", retryAt: now.addingTimeInterval(-0.5), in: db)
                    #expect(retried.retryCount == attempt)
                    if attempt <= 3 {
                        #expect(retried.status == .scheduled)
                        let again = try PublishingQueue.claimDue(in: db, now: now, limit: 10)
                        #expect(again.map(\.id).contains(retried.id))
                        retried = try #require(again.first { $0.id == retried.id })
                    }
                }
                #expect(retried.status == .failed)
                #expect(try PublishingQueue.claimDue(in: db, now: now, limit: 10).isEmpty)
            }
        }
    }
}
