import CreatorModels
import Foundation
import Tandem
import Testing

@Suite("Projects per subscription tier")
struct ProjectQuotaTests {
    @Test("concurrent requests never pass the tier's limit", arguments: StorageKind.allCases)
    func concurrentCreation(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let (free, pro) = try await storage.write { db in
                try CreatorSchema.create(in: db)
                return (
                    try db.insert(User(email: "free@example.com")),
                    try db.insert(User(email: "pro@example.com", subscriptionTier: .pro))
                )
            }
            for (user, limit) in [(free, 1), (pro, 5)] {
                let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for index in 0..<8 {
                        group.addTask {
                            do {
                                try await storage.write { db in
                                    try ProjectQuota.create(
                                        Project(userID: user.id, name: "项目\(index)"), in: db)
                                }
                                return true
                            } catch let error as QuotaExceeded {
                                #expect(error.limit == limit)
                                return false
                            }
                        }
                    }
                    var created = 0
                    for try await outcome in group where outcome { created += 1 }
                    return created
                }
                #expect(outcomes == limit)
                let stored = try await storage.read { db in
                    try db.fetchCount(Project.filter(\.userID == user.id))
                }
                #expect(stored == limit)
            }
        }
    }

    @Test(
        "deleted projects do not count; an expired subscription counts as free",
        arguments: StorageKind.allCases)
    func deletedAndExpired(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try CreatorSchema.create(in: db)
                let user = try db.insert(User(email: "lapsed@example.com"))
                let first = try ProjectQuota.create(Project(userID: user.id, name: "一"), in: db)
                try db.delete(first)
                try ProjectQuota.create(Project(userID: user.id, name: "二"), in: db)

                let lapsed = try db.insert(
                    User(
                        email: "pro-lapsed@example.com", subscriptionTier: .pro,
                        subscriptionExpiresAt: Date(timeIntervalSince1970: 0)))
                try ProjectQuota.create(Project(userID: lapsed.id, name: "一"), in: db)
                do {
                    try ProjectQuota.create(Project(userID: lapsed.id, name: "二"), in: db)
                    Issue.record("an expired pro subscription allowed a second project")
                } catch let error as QuotaExceeded {
                    #expect(error.tier == .free && error.limit == 1 && error.used == 1)
                }
                do {
                    try ProjectQuota.create(Project(userID: UUID(), name: "无主"), in: db)
                    Issue.record("a project without an owner was created")
                } catch let error as DatabaseError {
                    #expect(error.code == .recordNotFound)
                }
            }
        }
    }
}
