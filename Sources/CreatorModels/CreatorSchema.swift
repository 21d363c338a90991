import Tandem

/// The AI Creator data model: its twelve tables, in an order that satisfies foreign keys.
public enum CreatorSchema {
    /// Every model's table.
    public static let tables: [TableSchema] = [
        User.schema.table, UserOAuth.schema.table, Project.schema.table,
        PlatformAccount.schema.table, EncryptedCredentialRecord.schema.table,
        Content.schema.table, ContentVersion.schema.table, Material.schema.table,
        Publication.schema.table, PublicationAnalytics.schema.table, TaskRecord.schema.table,
        ScheduledTask.schema.table,
    ]

    /// Every problem in the models' declarations.
    public static var problems: [SchemaError] {
        User.schema.problems + UserOAuth.schema.problems + Project.schema.problems
            + PlatformAccount.schema.problems + EncryptedCredentialRecord.schema.problems
            + Content.schema.problems + ContentVersion.schema.problems
            + Material.schema.problems + Publication.schema.problems
            + PublicationAnalytics.schema.problems + TaskRecord.schema.problems
            + ScheduledTask.schema.problems
    }

    /// The whole schema, checked.
    ///
    /// - Throws: ``SchemaError`` for the first problem in the models' declarations.
    public static func databaseSchema() throws -> DatabaseSchema {
        if let problem = problems.first { throw problem }
        return try DatabaseSchema(tables: tables)
    }

    /// Creates every table, constraint and index in `db`, in one transaction's worth of
    /// statements.
    public static func create(in db: Database) throws {
        for statement in try db.dialect.createStatements(for: databaseSchema()) {
            try db.executeScript(statement)
        }
    }
}
