import Foundation
import Tandem
import Testing

@Suite("Errors are the same kind on every engine")
struct ErrorTests {
    static func prepare(_ storage: any Storage) async throws {
        try await storage.write { db in
            try SampleTable.createUsersAndPosts(db)
            try db.execute(
                "INSERT INTO people (id, email, age) VALUES ($1, $2, $3)",
                [1, "taken@example.com", 30])
        }
    }

    @Test("unique violation", arguments: StorageKind.allCases)
    func unique(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await Self.prepare(storage)
            let error = await expectDatabaseError(.uniqueViolation) {
                try await storage.write { db in
                    try db.execute(
                        "INSERT INTO people (id, email) VALUES ($1, $2)", [2, "taken@example.com"])
                }
            }
            #expect(error?.table == "people")
            #expect(error?.code.isConstraintViolation == true)
            // The bound value never shows in the description.
            #expect(error.map { !"\($0)".contains("taken@example.com") } == true)
        }
    }

    @Test("foreign key violation", arguments: StorageKind.allCases)
    func foreignKey(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await Self.prepare(storage)
            await expectDatabaseError(.foreignKeyViolation) {
                try await storage.write { db in
                    try db.execute("INSERT INTO posts (id, author_id) VALUES ($1, $2)", [1, 999])
                }
            }
        }
    }

    @Test("not-null violation", arguments: StorageKind.allCases)
    func notNull(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await Self.prepare(storage)
            let error = await expectDatabaseError(.notNullViolation) {
                try await storage.write { db in
                    try db.execute("INSERT INTO people (id, email) VALUES ($1, $2)", [3, nil])
                }
            }
            #expect(error?.column == "email")
        }
    }

    @Test("check violation names the constraint", arguments: StorageKind.allCases)
    func check(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await Self.prepare(storage)
            let error = await expectDatabaseError(.checkViolation) {
                try await storage.write { db in
                    try db.execute(
                        "INSERT INTO people (id, email, age) VALUES ($1, $2, $3)", [4, "a@b.c", -1])
                }
            }
            #expect(error?.constraint == "ck_people_age")
            // PostgreSQL's "Failing row contains (…)" detail is dropped: it quotes the row.
            #expect(error.map { !"\($0)".contains("a@b.c") } == true)
        }
    }

    @Test("wrong number of arguments", arguments: StorageKind.allCases)
    func parameterCount(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await Self.prepare(storage)
            await expectDatabaseError(.parameterCountMismatch) {
                try await storage.write { db in
                    try db.execute("INSERT INTO people (id, email) VALUES ($1, $2)", [5])
                }
            }
            // A mismatch is caught before the engine sees it: the transaction goes on.
            try await storage.write { db in
                #expect(throws: DatabaseError.self) {
                    try db.execute("SELECT $1, $2", [1, 2, 3])
                }
                try db.execute("INSERT INTO people (id, email) VALUES ($1, $2)", [5, "e@f.g"])
            }
        }
    }

    @Test("syntax errors and unknown tables", arguments: StorageKind.allCases)
    func badSQL(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            await expectDatabaseError(.syntaxError) {
                _ = try await storage.read { db in try db.fetchAll("SELEC 1") }
            }
            let error = await expectDatabaseError(.undefinedObject) {
                _ = try await storage.read { db in try db.fetchAll("SELECT * FROM missing_table") }
            }
            #expect(error?.sql == "SELECT * FROM missing_table")
        }
    }

    @Test("a closed storage refuses work", arguments: StorageKind.allCases)
    func closedStorage(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            await storage.close()
            await expectDatabaseError(.storageClosed) {
                _ = try await storage.read { db in try db.fetchAll("SELECT 1") }
            }
            await expectDatabaseError(.storageClosed) {
                _ = try await storage.write { db in try db.fetchAll("SELECT 1") }
            }
        }
    }

    @Test(
        "values neither engine can store alike are refused alike", arguments: StorageKind.allCases)
    func unstorableValues(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            let refused: [(String, DatabaseValue)] = [
                ("ratio", .double(.nan)),
                ("moment", .date(Date(timeIntervalSince1970: 1e13))),
                ("moment", .date(Date(timeIntervalSince1970: -1e12))),
                ("document", .json(["n": .double(.infinity)])),
            ]
            for (column, value) in refused {
                await expectDatabaseError(.invalidValue) {
                    try await storage.write { db in
                        try db.execute(
                            "INSERT INTO samples (id, \(column)) VALUES ($1, $2)",
                            [.uuid(UUID()), value])
                    }
                }
            }
            // An escaped backslash followed by "u0000" is text, not NUL.
            let text: JSONValue = ["path": "C:\\u0000\\dir"]
            let read = try await storage.write { db in
                try db.execute(
                    "INSERT INTO samples (id, document, tags) VALUES ($1, $2, $3)",
                    [.uuid(UUID()), .json(text), .textArray(["\\u0000"])])
                return try db.fetchOne("SELECT document, tags FROM samples")
            }
            #expect(try read?.decode(JSONValue.self, at: 0) == text)
            #expect(try read?.decode([String].self, at: 1) == ["\\u0000"])
        }
    }

    @Test("cached statements survive a schema change", arguments: StorageKind.allCases)
    func schemaChange(kind: StorageKind) async throws {
        try await withStorage(kind, maximumConnections: 1) { storage in
            let select = "SELECT * FROM people WHERE id = $1"
            try await storage.write { db in
                try SampleTable.createUsersAndPosts(db)
                try db.execute(
                    "INSERT INTO people (id, email) VALUES ($1, $2)", [1, "a@example.com"])
            }
            let before = try await storage.read { db in try db.fetchOne(select, [1])?.columnNames }
            try await storage.write { db in
                try db.executeScript("ALTER TABLE people ADD COLUMN nickname text")
            }
            // PostgreSQL may refuse the old plan once (0A000); the cache then prepares anew.
            _ = try? await storage.read { db in try db.fetchOne(select, [1]) }
            let after = try await storage.read { db in try db.fetchOne(select, [1])?.columnNames }
            #expect(before == ["id", "email", "age"])
            #expect(after == ["id", "email", "age", "nickname"])
        }
    }
}

@Suite("Statement caches stay bounded")
struct StatementCacheTests {
    @Test(
        "more distinct statements than the cache holds all run, and again after eviction",
        arguments: StorageKind.allCases)
    func eviction(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let sums = try await storage.read { db in
                var sums: [Int] = []
                for round in 0..<2 {
                    for index in 0..<300 {
                        let sql = "SELECT $1 + \(index)"
                        let value = try db.fetchAll(sql, [.integer(Int64(round))]) {
                            try $0.decode(Int.self, at: 0)
                        }
                        sums += value
                    }
                }
                return sums
            }
            #expect(sums == (0..<300).map { $0 } + (0..<300).map { $0 + 1 })
        }
    }

    @Test("a named parameter is a syntax error on both engines", arguments: StorageKind.allCases)
    func namedParameter(kind: StorageKind) async throws {
        let error = await expectDatabaseError(.syntaxError) {
            try await storage(kind)
        }
        #expect(error != nil)
    }

    private func storage(_ kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.read { db in _ = try db.fetchAll("SELECT :name", [.integer(1)]) }
        }
    }
}
