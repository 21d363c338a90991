import CreatorModels
import Foundation
import Tandem

/// Reading and writing `Content` through Tandem's storage API, by column position: what
/// application code writes today (the records issue will generate this from the schema).
enum ContentRow {
    /// Every column, in the order `decode` reads them.
    static let columns = Content.schema.table.columns.map(\.name)
    static let selectList = columns.map { "\"\($0)\"" }.joined(separator: ", ")

    /// The twelve columns the insert workloads write.
    static let insertColumns = [
        "id", "user_id", "project_id", "title", "content_type", "status", "text_content", "tags",
        "generation_params", "word_count", "created_at", "updated_at",
    ]

    static func insertSQL(rows: Int) -> String {
        var placeholders: [String] = []
        placeholders.reserveCapacity(rows)
        for row in 0..<rows {
            let first = row * insertColumns.count
            let group = (1...insertColumns.count).map { "$\(first + $0)" }
            placeholders.append("(" + group.joined(separator: ", ") + ")")
        }
        return "INSERT INTO contents (" + insertColumns.joined(separator: ", ") + ") VALUES "
            + placeholders.joined(separator: ", ")
    }

    static func append(_ content: Content, to arguments: inout [DatabaseValue]) {
        arguments.append(.uuid(content.id))
        arguments.append(.uuid(content.userID))
        arguments.append(.uuid(content.projectID))
        arguments.append(content.title.databaseValue)
        arguments.append(.text(content.contentType.rawValue))
        arguments.append(.text(content.status.rawValue))
        arguments.append(content.textContent.databaseValue)
        arguments.append(.textArray(content.tags))
        arguments.append(content.generationParams.databaseValue)
        arguments.append(.integer(Int64(content.wordCount)))
        arguments.append(.date(content.createdAt))
        arguments.append(.date(content.updatedAt))
    }

    /// Decodes a row of `SELECT selectList` into a `Content`.
    static func decode(_ row: Row) throws -> Content {
        Content(
            id: try row.decode(at: 0), userID: try row.decode(at: 1),
            projectID: try row.decode(at: 2), title: try row.decode(at: 3),
            contentType: try row.decode(at: 4), status: try row.decode(at: 5),
            textContent: try row.decode(at: 6), summary: try row.decode(at: 7),
            mediaURLs: try row.decode(at: 8), coverURL: try row.decode(at: 9),
            tags: try row.decode(at: 10), keywords: try row.decode(at: 11),
            wordCount: try row.decode(at: 12), readTimeMinutes: try row.decode(at: 13),
            aiGenerated: try row.decode(at: 14), generationParams: try row.decode(at: 15),
            version: try row.decode(at: 16), parentID: try row.decode(at: 17),
            createdAt: try row.decode(at: 18), updatedAt: try row.decode(at: 19),
            deletedAt: try row.decode(at: 20), isDeleted: try row.decode(at: 21))
    }
}
