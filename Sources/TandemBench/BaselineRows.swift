import CBenchBaseline
import CreatorModels
import Foundation
import Tandem

/// The dataset encoded once, before any clock starts, as the C baselines take it: C strings
/// in the engine's text formats. Owns the strings until `free()`.
final class BaselineRows {
    private(set) var rows: [bench_content] = []
    private var strings: [UnsafeMutablePointer<CChar>] = []
    /// Content ids as C strings, for the lookup workload.
    private(set) var ids: [UnsafePointer<CChar>?] = []

    init(_ data: BenchDataset, dialect: SQLDialect) {
        rows.reserveCapacity(data.contents.count)
        for content in data.contents {
            let id = copy(UUIDText.text(of: content.id))
            ids.append(UnsafePointer(id))
            let created = Timestamp.microseconds(since1970: content.createdAt)
            let updated = Timestamp.microseconds(since1970: content.updatedAt)
            let deleted = content.deletedAt.map { Timestamp.microseconds(since1970: $0) }
            rows.append(
                bench_content(
                    id: id, user_id: copy(UUIDText.text(of: content.userID)),
                    project_id: copy(UUIDText.text(of: content.projectID)),
                    title: content.title.map(copy),
                    content_type: copy(content.contentType.rawValue),
                    status: copy(content.status.rawValue),
                    text_content: content.textContent.map(copy),
                    summary: content.summary.map(copy),
                    media_urls: copy(Self.array(content.mediaURLs, dialect)),
                    cover_url: content.coverURL.map(copy),
                    tags: copy(Self.array(content.tags, dialect)),
                    keywords: copy(Self.array(content.keywords, dialect)),
                    word_count: Int64(content.wordCount),
                    read_time_minutes: Int64(content.readTimeMinutes),
                    ai_generated: content.aiGenerated ? 1 : 0,
                    generation_params: content.generationParams.map { copy($0.jsonText) },
                    version: Int64(content.version),
                    parent_id: content.parentID.map { copy(UUIDText.text(of: $0)) },
                    created_at: created, created_at_text: copy(Self.postgresText(created)),
                    updated_at: updated, updated_at_text: copy(Self.postgresText(updated)),
                    has_deleted_at: deleted == nil ? 0 : 1, deleted_at: deleted ?? 0,
                    deleted_at_text: deleted.map { copy(Self.postgresText($0)) },
                    is_deleted: content.isDeleted ? 1 : 0))
        }
    }

    /// A string array as the engine takes it in text: an array literal (`{"a","b"}`) for
    /// PostgreSQL, a JSON array for SQLite.
    private static func array(_ strings: [String], _ dialect: SQLDialect) -> String {
        guard dialect == .postgresql else {
            return JSONValue.array(strings.map(JSONValue.string)).jsonText
        }
        let elements = strings.map {
            "\""
                + $0.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return "{" + elements.joined(separator: ",") + "}"
    }

    private static func postgresText(_ microseconds: Int64) -> String {
        Timestamp.postgresText(microsecondsSince1970: microseconds)
    }

    /// C strings for `values`, owned by this object.
    func cStrings(_ values: [String]) -> [UnsafePointer<CChar>?] {
        values.map { UnsafePointer(copy($0)) }
    }

    private func copy(_ string: String) -> UnsafeMutablePointer<CChar> {
        let pointer = strdup(string)!
        strings.append(pointer)
        return pointer
    }

    deinit {
        strings.forEach { Foundation.free($0) }
    }
}

/// Calls a C baseline and turns its error buffer into a Swift error.
func baseline(_ name: String, _ call: (UnsafeMutablePointer<CChar>) -> Double) throws -> Double {
    var error = [CChar](repeating: 0, count: Int(BENCH_ERROR_SIZE))
    let seconds = error.withUnsafeMutableBufferPointer { call($0.baseAddress!) }
    guard seconds >= 0 else {
        let message = error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        throw BenchError("C baseline \(name) failed: " + String(decoding: message, as: UTF8.self))
    }
    return seconds
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
