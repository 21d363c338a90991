import Foundation
import Tandem
import TandemSQLite

/// `tandem demo [--path FILE]`: runs a short tour of the storage on an embedded SQLite.
enum DemoCommand: TandemCommand {
    static let name = "demo"
    static let summary = "create, fill and query a small table on an embedded SQLite"
    static let synopsis = "[--path FILE]  (default: a private in-memory database)"

    static func run(arguments: [String]) async throws {
        let storage: SQLiteStorage
        switch arguments.count {
        case 0:
            storage = try await SQLiteStorage.inMemory()
        case 2 where arguments[0] == "--path":
            storage = try await SQLiteStorage(path: arguments[1])
        default:
            throw UsageError(message: "expected no arguments or --path FILE")
        }
        print("SQLite \(storage.version) at \(storage.location)")

        try await storage.write { db in
            try db.executeScript(
                """
                CREATE TABLE IF NOT EXISTS notes (
                    id TEXT PRIMARY KEY,
                    title TEXT NOT NULL,
                    tags TEXT NOT NULL,
                    created_at INTEGER NOT NULL
                ) STRICT
                """)
            let notes: [(String, [String])] = [
                ("早餐吃什么", ["美食", "日常"]),
                ("Weekend trip", ["travel"]),
                ("读书笔记", ["阅读"]),
            ]
            for (title, tags) in notes {
                try db.execute(
                    "INSERT INTO notes (id, title, tags, created_at) VALUES ($1, $2, $3, $4)",
                    [.uuid(UUID()), .text(title), .textArray(tags), .date(Date())])
            }
        }

        let rows = try await storage.read { db in
            try db.fetchAll("SELECT title, tags, created_at FROM notes ORDER BY created_at, title")
        }
        for row in rows {
            let title = try row.decode(String.self, at: 0)
            let tags = try row.decode([String].self, at: 1)
            let created = try row.decode(Date.self, at: 2)
            print("- \(title) \(tags) \(created.formatted(.iso8601))")
        }

        let failure: DatabaseError? = await {
            do {
                try await storage.write { db in
                    try db.execute(
                        "INSERT INTO notes (id, title, tags, created_at) VALUES ($1, $2, $3, $4)",
                        [.text("x"), .null, .textArray([]), .date(Date())])
                }
                return nil
            } catch let error as DatabaseError {
                return error
            } catch {
                return nil
            }
        }()
        if let failure {
            print("a NULL title is refused: \(failure.code) (column \(failure.column ?? "?"))")
        }
        await storage.close()
    }
}
