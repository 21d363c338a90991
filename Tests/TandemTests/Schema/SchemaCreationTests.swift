import CreatorModels
import Foundation
import Tandem
import Testing

@Suite("The AI Creator schema on real engines")
struct SchemaCreationTests {
    @Test(
        "every table, column, constraint and index is in the engine's catalog",
        arguments: StorageKind.allCases)
    func catalogMatches(kind: StorageKind) async throws {
        let mismatches = try await withStorage(kind) { storage in
            try await storage.write { db in
                try CreatorSchema.create(in: db)
                return try CatalogReader.mismatches(in: db, against: CreatorSchema.databaseSchema())
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test("tables come after the tables they refer to")
    func dependencyOrder() throws {
        let names = try CreatorSchema.databaseSchema().tables.map(\.name)
        #expect(names.count == 12)
        for table in try CreatorSchema.databaseSchema().tables {
            for foreignKey in table.foreignKeys where foreignKey.referencedTable != table.name {
                let referenced = try #require(names.firstIndex(of: foreignKey.referencedTable))
                #expect(referenced < names.firstIndex(of: table.name)!)
            }
        }
    }

    @Test(
        "the seed's names and decisions",
        arguments: [
            ("users", "uix_users_email"), ("user_oauths", "uix_oauth_provider_user"),
            ("platform_accounts", "uix_user_platform_account"),
            ("encrypted_credentials", "uix_credential"),
            ("content_versions", "uix_content_version"), ("projects", "ix_projects_user"),
            ("platform_accounts", "ix_platform_accounts_platform"),
            ("publications", "ix_publications_status"),
            ("publications", "ix_publications_scheduled"),
            ("publication_analytics", "ix_analytics_publication_time"),
            ("task_records", "ix_tasks_status_type"),
            ("publications", "ix_publications_user_status"),
            ("publications", "ix_publications_platform_scheduled"),
            ("publications", "ix_publications_pending"),
            ("contents", "ix_contents_tags"), ("contents", "ix_contents_user_status_created"),
            ("materials", "ix_materials_tags"), ("materials", "ix_materials_ai_description"),
            ("publications", "ix_publications_due"),
            ("task_records", "ix_task_records_celery_task_id"),
        ])
    func seedNames(table: String, name: String) throws {
        let schema = try #require(try CreatorSchema.databaseSchema().table(named: table))
        let names = schema.constraints.map(\.name) + schema.indexes.map(\.name)
        #expect(names.contains(name))
    }

    @Test("no redundant index on a primary key or email (seed defects 4 and 13)")
    func noRedundantIndexes() throws {
        for table in try CreatorSchema.databaseSchema().tables {
            let shapes = table.indexes.map {
                IndexSchema(
                    name: "", keys: $0.keys, isUnique: $0.isUnique, method: $0.method,
                    predicate: $0.predicate)
            }
            #expect(Set(shapes).count == shapes.count, "\(table.name) repeats an index")
            #expect(!table.indexes.contains { $0.keys.map(\.column) == ["id"] })
        }
    }
}
