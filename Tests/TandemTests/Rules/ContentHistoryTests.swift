import CreatorModels
import Foundation
import Tandem
import Testing

@Suite("Content versions")
struct ContentHistoryTests {
    @Test(
        "concurrent edits are never lost: stale ones are refused, retried ones get consecutive numbers",
        arguments: StorageKind.allCases)
    func concurrentEdits(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let content = try await storage.write { db in
                try CreatorSchema.create(in: db)
                let user = try db.insert(User(email: "writer@example.com"))
                let project = try db.insert(Project(userID: user.id, name: "写作"))
                let content = try db.insert(
                    Content(
                        userID: user.id, projectID: project.id, title: "初稿",
                        contentType: .article, textContent: "第一版"))
                try ContentHistory.start(content, in: db)
                return content
            }
            // Six editors start from version 1 at once: one save wins, the others are told
            // their edit is stale, read again and retry until their edit is saved.
            let staleCount = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 1...6 {
                    group.addTask {
                        var stale = 0
                        var base = content
                        while true {
                            var copy = base
                            copy.textContent = "第\(index + 1)版"
                            let edited = copy
                            do {
                                _ = try await storage.write { db in
                                    try ContentHistory.save(
                                        edited, summary: "edit \(index)", by: .ai, in: db)
                                }
                                return stale
                            } catch is StaleContentEdit {
                                stale += 1
                                let id = content.id
                                base = try await storage.read { db in
                                    try #require(try db.find(Content.self, id: id))
                                }
                            }
                        }
                    }
                }
                var total = 0
                for try await stale in group { total += stale }
                return total
            }
            #expect(staleCount >= 1)
            let (stored, versions) = try await storage.read { db in
                (
                    try db.find(Content.self, id: content.id),
                    try ContentHistory.versions(of: content.id, in: db)
                )
            }
            #expect(versions.map(\.version) == [7, 6, 5, 4, 3, 2, 1])
            #expect(stored?.version == 7)
            #expect(stored?.textContent == versions.first?.textContent)
            #expect(versions.last?.textContent == "第一版")
            #expect(versions.dropLast().allSatisfy { $0.changedBy == .ai })
        }
    }

    @Test("a deleted content takes no new version", arguments: StorageKind.allCases)
    func deletedContent(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in
                try CreatorSchema.create(in: db)
                let user = try db.insert(User(email: "gone@example.com"))
                let project = try db.insert(Project(userID: user.id, name: "删除"))
                let content = try db.insert(
                    Content(userID: user.id, projectID: project.id, contentType: .article))
                try db.delete(content)
                do {
                    _ = try ContentHistory.save(content, summary: nil, in: db)
                    Issue.record("a deleted content was versioned")
                } catch let error as DatabaseError {
                    #expect(error.code == .recordNotFound)
                }
            }
        }
    }
}
