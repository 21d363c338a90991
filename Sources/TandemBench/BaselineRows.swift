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
            let micros = Timestamp.microseconds(since1970: content.createdAt)
            let tags: String
            if dialect == .postgresql {
                tags =
                    "{"
                    + content.tags.map {
                        "\""
                            + $0.replacingOccurrences(of: "\\", with: "\\\\")
                            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
                    }.joined(separator: ",") + "}"
            } else {
                tags = JSONValue.array(content.tags.map(JSONValue.string)).jsonText
            }
            let id = copy(UUIDText.text(of: content.id))
            ids.append(UnsafePointer(id))
            rows.append(
                bench_content(
                    id: id, user_id: copy(UUIDText.text(of: content.userID)),
                    project_id: copy(UUIDText.text(of: content.projectID)),
                    title: content.title.map(copy),
                    content_type: copy(content.contentType.rawValue),
                    status: copy(content.status.rawValue),
                    text_content: content.textContent.map(copy),
                    tags: copy(tags),
                    generation_params: content.generationParams.map { copy($0.jsonText) },
                    word_count: Int64(content.wordCount), created_at: micros,
                    created_at_text: copy(Timestamp.postgresText(microsecondsSince1970: micros))))
        }
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
