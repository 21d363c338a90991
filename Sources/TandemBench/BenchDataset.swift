import CreatorModels
import Foundation
import Tandem

/// The benchmark's data: one user, one project and `count` contents generated
/// deterministically, with Chinese and ASCII text of realistic length, tag arrays, JSON
/// parameters, and timestamps that tie in pairs (so keyset pagination must break ties by id).
struct BenchDataset: Sendable {
    let userID: UUID
    let projectID: UUID
    let contents: [Content]
    /// The tags queried by the containment workload.
    let tagVocabulary: [String]

    static let titles = [
        "周末去杭州西湖边走走", "Ten minutes to a better breakfast", "我的读书笔记：三体",
        "How I edit short videos", "春天的穿搭分享", "在家做一碗好吃的拉面", "Budget travel in Yunnan",
        "新手摄影入门",
    ]
    static let paragraphs = [
        "今天天气很好，我们一早出发，沿着湖边慢慢走，看到很多人在晨练。",
        "The trick is to prepare everything the night before, so the morning is calm.",
        "这本书讲的是人类文明与外星文明的相遇，情节紧凑，想象力惊人。",
        "Keep cuts short and let the music carry the rhythm of the story.",
        "颜色搭配是关键，浅色外套配深色裤子，简单又好看。",
    ]

    static func make(count: Int) -> BenchDataset {
        let userID = deterministicUUID(0xAAAA_0000_0000)
        let projectID = deterministicUUID(0xBBBB_0000_0000)
        let vocabulary = (0..<1000).map { "标签\($0)" }
        let base: Int64 = 1_764_780_000_000_000
        let contents = (0..<count).map { i in
            let text = (0..<6).map { paragraphs[(i + $0) % paragraphs.count] }.joined()
            let tags = Array(Set([i % 1000, (i * 7 + 3) % 1000, (i * 13 + 5) % 1000]))
                .sorted().map { vocabulary[$0] }
            let created = Timestamp.date(microsecondsSince1970: base + Int64(i / 2) * 1000)
            return Content(
                id: deterministicUUID(UInt64(i) + 1), userID: userID, projectID: projectID,
                title: "\(titles[i % titles.count]) #\(i)", contentType: .article,
                status: i % 10 == 0 ? .published : .draft, textContent: text,
                tags: tags, wordCount: text.count,
                generationParams: [
                    "model": "claude-sonnet", "topic": "美食", "style": "lively",
                    "seed": .integer(Int64(i)),
                ],
                createdAt: created, updatedAt: created)
        }
        return BenchDataset(
            userID: userID, projectID: projectID, contents: contents, tagVocabulary: vocabulary)
    }

    /// A version 4 UUID whose bits come from `seed` (a SplitMix64 sequence).
    static func deterministicUUID(_ seed: UInt64) -> UUID {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var bytes =
            withUnsafeBytes(of: next()) { Array($0) } + withUnsafeBytes(of: next()) { Array($0) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14],
                bytes[15]
            ))
    }
}
