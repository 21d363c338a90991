import CreatorModels
import Foundation
import Tandem
import Testing

@Suite("The schema refuses bad values alike on both engines")
struct SchemaBadInputTests {
    static let insertUser = "INSERT INTO users (id, email) VALUES ($1, $2)"

    static func withCreatorSchema(
        _ kind: StorageKind, _ body: @escaping @Sendable (any Storage, UUID) async throws -> Void
    ) async throws {
        try await withStorage(kind) { storage in
            let userID = UUID()
            try await storage.write { db in
                try CreatorSchema.create(in: db)
                try db.execute(insertUser, [.uuid(userID), "first@example.com"])
            }
            try await body(storage, userID)
        }
    }

    static func expectRefused(
        _ code: DatabaseError.Code, _ storage: any Storage, _ sql: String,
        _ arguments: [DatabaseValue], sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        await expectDatabaseError(code, sourceLocation: sourceLocation) {
            try await storage.write { db in try db.execute(sql, arguments) }
        }
    }

    @Test(
        "overlong, malformed, out-of-enum, out-of-range and NUL values",
        arguments: StorageKind.allCases)
    func badValues(kind: StorageKind) async throws {
        try await Self.withCreatorSchema(kind) { storage, userID in
            let email256 = String(repeating: "邮", count: 256)
            await Self.expectRefused(
                .valueTooLong, storage, Self.insertUser, [.uuid(UUID()), .text(email256)])
            // 255 characters (765 bytes in UTF-8) fit: the limit counts characters on both.
            try await storage.write { db in
                try db.execute(
                    Self.insertUser, [.uuid(UUID()), .text(String(repeating: "邮", count: 255))])
            }
            let update = "UPDATE users SET %@ = $1 WHERE id = $2"
            func set(_ column: String) -> String {
                update.replacingOccurrences(of: "%@", with: column)
            }
            await Self.expectRefused(
                .invalidValue, storage, set("settings"), ["{bad json", .uuid(userID)])
            await Self.expectRefused(
                .checkViolation, storage, set("subscription_tier"), ["platinum", .uuid(userID)])
            await Self.expectRefused(
                .invalidValue, storage, set("nickname"), ["a\u{0}b", .uuid(userID)])
            await Self.expectRefused(
                .invalidValue, storage, set("daily_creation_quota"), [3_000_000_000, .uuid(userID)])
            await Self.expectRefused(
                .invalidValue, storage, "INSERT INTO projects (user_id, name) VALUES ($1, $2)",
                ["not-a-uuid", "p"])
            await Self.expectRefused(
                .invalidValue, storage,
                "INSERT INTO projects (user_id, name, topics) VALUES ($1, $2, $3)",
                [.uuid(userID), "p", "\"not an array\""])
            await Self.expectRefused(
                .notNullViolation, storage, Self.insertUser, [.uuid(UUID()), nil])
        }
    }

    @Test("unique and foreign keys", arguments: StorageKind.allCases)
    func keys(kind: StorageKind) async throws {
        try await Self.withCreatorSchema(kind) { storage, userID in
            await Self.expectRefused(
                .uniqueViolation, storage, Self.insertUser, [.uuid(UUID()), "first@example.com"])
            await Self.expectRefused(
                .foreignKeyViolation, storage,
                "INSERT INTO projects (user_id, name) VALUES ($1, $2)",
                [.uuid(UUID()), "orphan"])
            try await storage.write { db in
                try db.execute(
                    "INSERT INTO user_oauths (user_id, provider, provider_user_id) VALUES ($1, $2, $3)",
                    [.uuid(userID), "github", "42"])
            }
            await Self.expectRefused(
                .uniqueViolation, storage,
                "INSERT INTO user_oauths (user_id, provider, provider_user_id) VALUES ($1, $2, $3)",
                [.uuid(userID), "github", "42"])
            await Self.expectRefused(
                .foreignKeyViolation, storage, "DELETE FROM users WHERE id = $1", [.uuid(userID)])

            // A soft-deleted user's email may be used again (seed defect 10).
            try await storage.write { db in
                try db.execute(
                    "UPDATE users SET is_deleted = $1, deleted_at = $2 WHERE id = $3",
                    [true, .date(Date()), .uuid(userID)])
                try db.execute(Self.insertUser, [.uuid(UUID()), "first@example.com"])
            }
            // Restoring the first now collides with the new owner of the email.
            await Self.expectRefused(
                .uniqueViolation, storage, "UPDATE users SET is_deleted = $1 WHERE id = $2",
                [false, .uuid(userID)])
        }
    }

    @Test("database defaults fill what raw SQL leaves out", arguments: StorageKind.allCases)
    func defaults(kind: StorageKind) async throws {
        try await Self.withCreatorSchema(kind) { storage, _ in
            let row = try await storage.read { db in
                try db.fetchOne(
                    "SELECT id, subscription_tier, settings, daily_creation_quota, is_active, created_at "
                        + "FROM users WHERE email = $1", ["first@example.com"])
            }
            let user = try #require(row)
            #expect(try user.decode(SubscriptionTier.self, at: 1) == .free)
            #expect(try user.decode(JSONValue.self, at: 2) == .emptyObject)
            #expect(try user.decode(Int.self, at: 3) == 10)
            #expect(try user.decode(Bool.self, at: 4) == true)
            #expect(abs(try user.decode(Date.self, at: 5).timeIntervalSinceNow) < 60)

            let id = try await storage.write { db in
                try db.execute("INSERT INTO users (email) VALUES ($1)", ["generated@example.com"])
                return try db.fetchOne(
                    "SELECT id FROM users WHERE email = $1", ["generated@example.com"])!
                    .decode(UUID.self, at: 0)
            }
            #expect(UUIDText.text(of: id).count == 36)
        }
    }

    @Test("enum columns sort the same on both engines", arguments: StorageKind.allCases)
    func enumOrder(kind: StorageKind) async throws {
        try await Self.withCreatorSchema(kind) { storage, _ in
            let tiers: [SubscriptionTier] = [.pro, .free, .enterprise, .basic, .pro]
            let sorted = try await storage.write { db in
                for (index, tier) in tiers.enumerated() {
                    try db.execute(
                        "INSERT INTO users (email, subscription_tier) VALUES ($1, $2)",
                        [.text("u\(index)@example.com"), tier.databaseValue])
                }
                return try db.fetchAll(
                    "SELECT subscription_tier FROM users WHERE email LIKE $1 ORDER BY subscription_tier, email",
                    ["u%"]
                ).map { try $0.decode(SubscriptionTier.self, at: 0) }
            }
            #expect(sorted == [.basic, .enterprise, .free, .pro, .pro])
        }
    }

    @Test(
        "a UUID of decimal digits keeps its text in a model table", arguments: StorageKind.allCases)
    func numeralUUID(kind: StorageKind) async throws {
        try await Self.withCreatorSchema(kind) { storage, _ in
            let id = try #require(UUID(uuidString: "12345678-1234-1234-1234-123456789012"))
            let (read, text) = try await storage.write { db in
                try db.execute(Self.insertUser, [.uuid(id), "digits@example.com"])
                let row = try db.fetchOne(
                    "SELECT id, CAST(id AS TEXT) FROM users WHERE id = $1", [.uuid(id)])!
                return (try row.decode(UUID.self, at: 0), try row.decode(String.self, at: 1))
            }
            #expect(read == id)
            #expect(text == "12345678-1234-1234-1234-123456789012")
        }
    }
}
