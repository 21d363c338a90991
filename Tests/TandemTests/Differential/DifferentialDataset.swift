import Foundation
import Tandem

/// The rows every differential run loads into both engines: NULLs, empty arrays, Chinese and
/// emoji text, case variants, LIKE metacharacters, equal sort keys and timestamps one
/// microsecond apart.
struct DifferentialDataset {
    static let subtitles: [String?] = [
        nil, "", "Alpha", "alpha", "ALPHA", "Ünïcode", "ünïcode", "中文标题", "emoji 🎉",
        "a%b", "a_b", "back\\slash", "  padded  ", "Zebra", "zebra",
    ]
    static let tagPool = ["swift", "db", "旅行", "美食", "🎉", "", "Swift", "a b"]
    static let bodies: [String?] = [
        nil, "", "今天去西湖旅行，西湖很美", "A trip to Hangzhou and back", "美食：小笼包和龙井虾仁",
        "emoji 🎉🎉 party", "ab", "Swift 数据库 Tandem", "trip", "西湖", "50% off_sale",
    ]
    static let kinds = ["note", "post", "video", "", "中文"]
    static let base = Date(timeIntervalSince1970: 1_700_000_000.123_456)

    let authors: [Author]
    let articles: [Article]

    init(seed: UInt64, count: Int) {
        var random = SeededGenerator(seed: seed)
        let authors = (0..<3).map { index in
            Author(
                id: UUID(uuidString: "00000000-0000-4000-8000-00000000000\(index)") ?? UUID(),
                createdAt: Self.base, updatedAt: Self.base, name: "作者\(index)")
        }
        var articles: [Article] = []
        for index in 0..<count {
            // Timestamps: runs of equal values, neighbours one microsecond apart, spread over
            // months so that day, week and month buckets all split.
            let bucket = Int.random(in: 0..<12, using: &random)
            let micro = Double(Int.random(in: 0..<3, using: &random)) / 1_000_000
            let created = Self.base.addingTimeInterval(Double(bucket) * 86_400 * 9.5 + micro)
            var metadata: JSONValue?
            if Bool.random(using: &random) {
                var members: [String: JSONValue] = [:]
                if Int.random(in: 0..<4, using: &random) > 0 {
                    members["kind"] = .string(Self.kinds.randomElement(using: &random) ?? "")
                }
                if Bool.random(using: &random) {
                    members["width"] = .integer(Int64(Int.random(in: 0..<4, using: &random) * 480))
                }
                if Bool.random(using: &random) {
                    members["ratio"] = .double(
                        [0.5, 1.25, -2.75, 0.1, 3.0].randomElement(using: &random) ?? 0)
                }
                if Bool.random(using: &random) {
                    members["flag"] = .bool(Bool.random(using: &random))
                }
                if Int.random(in: 0..<4, using: &random) == 0 {
                    members["nested"] = .object([
                        "a": .string(["x", "y"].randomElement(using: &random) ?? "x")
                    ])
                }
                if Int.random(in: 0..<8, using: &random) == 0 { members["width"] = .string("wide") }
                metadata = .object(members)
            }
            let tagCount = Int.random(in: 0..<4, using: &random)
            let tags = (0..<tagCount).map { _ in Self.tagPool.randomElement(using: &random) ?? "" }
            let isDeleted = Int.random(in: 0..<10, using: &random) == 0
            let published: Date? =
                Bool.random(using: &random)
                ? created.addingTimeInterval(Double(Int.random(in: 0..<3, using: &random)) * 3_600)
                : nil
            articles.append(
                Article(
                    id: Self.uuid(index, &random), createdAt: created,
                    updatedAt: created.addingTimeInterval(1),
                    deletedAt: isDeleted ? created.addingTimeInterval(2) : nil,
                    isDeleted: isDeleted,
                    authorID: authors.randomElement(using: &random)?.id ?? authors[0].id,
                    title:
                        "t\(index % 97)-\(index)\(["", "旅", "🎉", "A", "a"].randomElement(using: &random) ?? "")",
                    subtitle: Self.subtitles.randomElement(using: &random) ?? nil,
                    status: ArticleStatus.allCases.randomElement(using: &random) ?? .draft,
                    score: Int.random(in: -3...6, using: &random),
                    rating: Int.random(in: 0..<3, using: &random) == 0
                        ? nil : [0.5, -1, 2.25, 0, 1e-7, 4.5].randomElement(using: &random),
                    isPinned: Int.random(in: 0..<5, using: &random) == 0,
                    tags: tags, metadata: metadata,
                    body: Self.bodies.randomElement(using: &random) ?? nil,
                    publishedAt: published))
        }
        self.authors = authors
        self.articles = articles
    }

    /// A random version 4 UUID, from the generator so that runs repeat.
    private static func uuid(_ index: Int, _ random: inout SeededGenerator) -> UUID {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14],
                bytes[15]
            ))
    }
}
