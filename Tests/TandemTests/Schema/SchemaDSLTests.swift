import Foundation
import Tandem
import Testing

/// A model that asks for what SQLite cannot do: a GIN index on JSON.
private struct Gadget: Model {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var specs: JSONValue = .emptyObject
    var labels: [String] = []
    var isListed = true

    static let schema = ModelSchema<Gadget> {
        Column(\.specs)
        Column(\.labels)
        Column(\.isListed)
        Index(\.specs, name: "ix_gadgets_specs", using: .gin)
        Index(\.labels, name: "ix_gadgets_listed_labels", using: .gin, where: \.isListed == true)
    }
}

/// A model with declaration mistakes.
private struct Broken: Model {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var code: String = ""

    static let schema = ModelSchema<Broken> {
        Column(\.code, maxLength: 10).unique(.liveRows)
        Index(\.code, name: String(repeating: "x", count: 64))
    }
}

@Suite("The schema DSL")
struct SchemaDSLTests {
    @Test(
        "names follow the seed's convention",
        arguments: [
            ("userID", "user_id"), ("aiDescription", "ai_description"),
            ("storageQuotaMB", "storage_quota_mb"),
            ("mediaURLs", "media_urls"), ("celeryTaskID", "celery_task_id"),
            ("URLPath", "url_path"),
            ("isDeleted", "is_deleted"), ("width", "width"),
        ])
    func snakeCase(property: String, column: String) {
        #expect(SnakeCase.convert(property) == column)
    }

    @Test("table names are snake_case plurals")
    func tableNames() {
        #expect(SnakeCase.tableName(for: "PlatformAccount") == "platform_accounts")
        #expect(SnakeCase.tableName(for: "Category") == "categories")
        #expect(SnakeCase.tableName(for: "Status") == "statuses")
    }

    @Test("columns come from key paths, nullability from optionals")
    func columnsFromKeyPaths() throws {
        let table = Gadget.schema.table
        #expect(
            table.columns.map(\.name) == [
                "id", "specs", "labels", "is_listed", "created_at", "updated_at",
            ])
        #expect(table.column(named: "specs")?.type == .json)
        #expect(table.column(named: "labels")?.type == .stringArray)
        #expect(table.column(named: "id")?.defaultValue == .generatedUUID)
        #expect(table.primaryKey == ["id"])
        #expect(Gadget.tableName == "gadgets")
    }

    @Test("PostgreSQL renders GIN on JSON and partial GIN; SQLite refuses them at render time")
    func noSilentSkips() throws {
        let postgres = try SQLDialect.postgresql.createStatements(for: Gadget.schema.table)
        #expect(postgres.contains { $0.contains("USING gin (\"specs\")") })
        #expect(postgres.contains { $0.contains("WHERE \"is_listed\" = true") })
        let error = #expect(throws: SchemaError.self) {
            try SQLDialect.sqlite.createStatements(for: Gadget.schema.table)
        }
        #expect(error?.message.contains("ix_gadgets_specs") == true)
    }

    @Test("mistakes in declarations are reported, not ignored")
    func problems() {
        let messages = Broken.schema.problems.map(\.message)
        #expect(messages.contains { $0.contains(".liveRows needs the SoftDelete trait") })
        #expect(messages.contains { $0.contains("longer than 63 bytes") })
        #expect(throws: SchemaError.self) { try Broken.schema.validate() }
    }
}
