import CreatorModels
import Tandem

/// `tandem schema --dialect postgresql|sqlite`: prints the AI Creator schema's DDL.
enum SchemaCommand: TandemCommand {
    static let name = "schema"
    static let summary = "print the complete DDL of the AI Creator schema, for psql or sqlite3"
    static let synopsis = "--dialect postgresql|sqlite"

    static func run(arguments: [String]) async throws {
        guard arguments.count == 2, arguments[0] == "--dialect" else {
            throw UsageError(message: "expected --dialect postgresql|sqlite")
        }
        guard let dialect = SQLDialect(name: arguments[1]) else {
            throw UsageError(
                message: "unknown dialect '\(arguments[1])'; expected postgresql or sqlite")
        }
        print(try dialect.createScript(for: CreatorSchema.databaseSchema()), terminator: "")
    }
}
