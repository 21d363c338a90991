import Foundation
import Tandem

/// Test models with one column of every kind the query builder treats differently: nullable
/// text, a bounded string, an enumeration, integers, a nullable double, a boolean, a GIN-indexed
/// array, JSON, a text-search column and a nullable timestamp.
struct Author: Model, Equatable {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var name: String

    static let schema = ModelSchema<Author> {
        Column(\.name, maxLength: 80)
        HasMany("articles", Article.self, via: \.authorID)
    }
}

enum ArticleStatus: String, Codable, DatabaseEnum {
    case draft, review, published
}

struct Article: SoftDeletable, Equatable {
    var id = UUID()
    var createdAt = Date()
    var updatedAt = Date()
    var deletedAt: Date?
    var isDeleted = false
    var authorID: UUID
    var title: String
    var subtitle: String?
    var status: ArticleStatus = .draft
    var score: Int = 0
    var rating: Double?
    var isPinned = false
    var tags: [String] = []
    var metadata: JSONValue?
    var body: String?
    var publishedAt: Date?

    static let schema = ModelSchema<Article> {
        SoftDelete()
        Column(\.authorID).references(Author.self, onDelete: .cascade)
        Column(\.title, maxLength: 40)
        Column(\.subtitle)
        Column(\.status, default: .value("draft"))
        Column(\.score, type: .int32, default: .value(0))
        Column(\.rating)
        Column(\.isPinned, default: .value(false))
        Column(\.tags, default: .value(.textArray([])))
        Column(\.metadata)
        Column(\.body)
        Column(\.publishedAt)
        Unique(\.authorID, \.title, name: "uix_articles_author_title", scope: .liveRows)
        Index(\.authorID, \.status, .descending(\.createdAt), name: "ix_articles_list")
        Index(\.tags, name: "ix_articles_tags", using: .gin)
        Index(\.body, name: "ix_articles_body", using: .textSearch)
        BelongsTo("author", Author.self, via: \.authorID)
    }
}

enum ArticleSchema {
    static func create(in db: Database) throws {
        let schema = try DatabaseSchema(tables: [Author.schema.table, Article.schema.table])
        try db.executeScript(try db.dialect.createScript(for: schema))
    }
}
