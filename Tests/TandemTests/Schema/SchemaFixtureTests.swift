import CreatorModels
import Foundation
import Tandem
import Testing

@Suite("Rendered DDL matches the fixtures")
struct SchemaFixtureTests {
    @Test("the AI Creator schema renders as Fixtures/ holds", arguments: SQLDialect.all)
    func matchesFixture(dialect: SQLDialect) throws {
        let rendered = try dialect.createScript(for: CreatorSchema.databaseSchema())
        let path = TestEnvironment.repositoryRoot
            .appendingPathComponent("Fixtures/schema.\(dialect.name).sql")
        let fixture = try String(contentsOf: path, encoding: .utf8)
        #expect(
            rendered == fixture,
            "the \(dialect) rendering changed: run Scripts/regenerate-fixtures.sh and review the diff"
        )
    }

    @Test("the models declare no problem")
    func noProblems() {
        #expect(CreatorSchema.problems.isEmpty, "\(CreatorSchema.problems)")
    }
}
