import Foundation
import Tandem

/// Generates queries over ``Article`` from a seed: random conditions combined with AND, OR
/// and NOT, random orderings (mixed directions, nullable keys, explicit NULL placement),
/// limits, offsets and views of deleted rows. Each comes with a description for failures.
struct DifferentialQueries {
    typealias Condition = (description: String, predicate: ModelPredicate<Article>)

    private var random: SeededGenerator
    private let dataset: DifferentialDataset

    init(seed: UInt64, dataset: DifferentialDataset) {
        random = SeededGenerator(seed: seed)
        self.dataset = dataset
    }

    private mutating func pick<T>(_ values: [T]) -> T {
        values[Int.random(in: 0..<values.count, using: &random)]
    }

    private mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &random) < percent
    }

    // MARK: - Conditions

    mutating func atom() -> Condition {
        let someDate = pick(dataset.articles).createdAt
        let someTitle = pick(dataset.articles).title
        let comparisons: [ComparisonOperator] = [
            .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual,
        ]
        let comparison = pick(comparisons)
        switch Int.random(in: 0..<22, using: &random) {
        case 0:
            let status = pick(ArticleStatus.allCases)
            return (
                "status \(comparison.rawValue) \(status)", .compare(\.status, comparison, status)
            )
        case 1:
            let score = Int.random(in: -4...7, using: &random)
            return ("score \(comparison.rawValue) \(score)", .compare(\.score, comparison, score))
        case 2:
            let rating: Double? = pick([nil, 0.5, -1, 0, 1e-7, 3])
            return (
                "rating \(comparison.rawValue) \(String(describing: rating))",
                .compare(\.rating, comparison, rating)
            )
        case 3:
            let subtitle = pick(DifferentialDataset.subtitles)
            return (
                "subtitle \(comparison.rawValue) \(String(describing: subtitle))",
                .compare(\.subtitle, comparison, subtitle)
            )
        case 4:
            return (
                "title \(comparison.rawValue) \(someTitle)",
                .compare(\.title, comparison, someTitle)
            )
        case 5:
            return (
                "createdAt \(comparison.rawValue) \(someDate.timeIntervalSince1970)",
                .compare(\.createdAt, comparison, someDate)
            )
        case 6:
            let date: Date? = chance(30) ? nil : someDate
            return (
                "publishedAt \(comparison.rawValue) \(String(describing: date))",
                .compare(\.publishedAt, comparison, date)
            )
        case 7:
            let statuses = ArticleStatus.allCases.filter { _ in chance(50) }
            return ("status IN \(statuses)", .isIn(\.status, statuses))
        case 8:
            let subtitles = (0..<3).map { _ in pick(DifferentialDataset.subtitles) }
            return ("subtitle IN \(subtitles)", .isIn(\.subtitle, subtitles))
        case 9:
            let pattern = pick([
                "a%", "A%", "%a", "%lph%", "_lpha", "%\\%%", "%\\_%", "a\\%b", "%🎉%",
                "中文%", "ü%", "Ü%", "%", "", "_", "%z%",
            ])
            let isCaseSensitive = chance(50)
            return (
                "subtitle LIKE \(pattern) cs=\(isCaseSensitive)",
                .like(\.subtitle, pattern, isCaseSensitive: isCaseSensitive)
            )
        case 10:
            let pattern = pick(["t1%", "T%", "%旅", "%a", "%A", "t_-%", "%🎉"])
            let isCaseSensitive = chance(50)
            return (
                "title LIKE \(pattern) cs=\(isCaseSensitive)",
                .like(\.title, pattern, isCaseSensitive: isCaseSensitive)
            )
        case 11:
            let prefix = pick(["t1", "t2-", "t5", "Al", "a%"])
            return ("title hasPrefix \(prefix)", .hasPrefix(\.title, prefix))
        case 12:
            let tag = pick(DifferentialDataset.tagPool + ["absent"])
            return ("tags contains \(tag)", .contains(\.tags, tag))
        case 13:
            let tags = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                pick(DifferentialDataset.tagPool)
            }
            return chance(50)
                ? ("tags containsAll \(tags)", .containsAll(\.tags, tags))
                : ("tags containsAny \(tags)", .containsAny(\.tags, tags))
        case 14:
            return ("tags == []", \.tags == [])
        case 15:
            let kind = pick(DifferentialDataset.kinds + ["absent"])
            let field = JSONField<Article>.json(\.metadata, at: "kind")
            return (
                "metadata.kind \(comparison.rawValue) \(kind)",
                jsonCompare(field, comparison, .string(kind))
            )
        case 16:
            let width = pick([0, 480, 500, 960, 1440])
            let field = JSONField<Article>.json(\.metadata, at: "width")
            // Exact integers and doubles take different paths on both engines.
            let value: JSONScalar = chance(50) ? .integer(Int64(width)) : .number(Double(width))
            return (
                "metadata.width \(comparison.rawValue) \(value)",
                jsonCompare(field, comparison, value)
            )
        case 17:
            let ratio = pick([0.1, 0.5, -2.75, 3.0, 1.25, 0])
            let field = JSONField<Article>.json(\.metadata, at: "ratio")
            return (
                "metadata.ratio \(comparison.rawValue) \(ratio)",
                jsonCompare(field, comparison, .number(ratio))
            )
        case 18:
            let flag = chance(50)
            let field = JSONField<Article>.json(\.metadata, at: "flag")
            return ("metadata.flag == \(flag)", field == .bool(flag))
        case 19:
            let value = pick(["x", "y"])
            return (
                "metadata.nested.a == \(value)",
                JSONField<Article>.json(\.metadata, at: "nested", "a") == .string(value)
            )
        case 20:
            let text = pick([
                "西湖", "西湖旅行", "旅", "trip", "Trip", "Hangzhou", "🎉🎉", "🎉", "50%", "_sale",
                "小笼包和", "ab", "a", "数据库 T", "湖很美",
            ])
            return ("body search \(text)", .search(\.body, for: text))
        default:
            let flag = chance(50)
            return chance(50)
                ? ("isPinned == \(flag)", \.isPinned == flag)
                : ("authorID == \(dataset.authors[0].id)", \.authorID == dataset.authors[0].id)
        }
    }

    private func jsonCompare(
        _ field: JSONField<Article>, _ comparison: ComparisonOperator, _ value: JSONScalar
    ) -> ModelPredicate<Article> {
        switch comparison {
        case .equal: field == value
        case .notEqual: field != value
        case .less: field < value
        case .lessOrEqual: field <= value
        case .greater: field > value
        case .greaterOrEqual: field >= value
        }
    }

    mutating func condition(depth: Int = 0) -> Condition {
        // A third of the atoms come negated: NOT is where NULL handling differs most.
        if depth >= 2 || chance(45) {
            let atom = atom()
            return chance(33) ? ("NOT (\(atom.description))", !atom.predicate) : atom
        }
        let left = condition(depth: depth + 1)
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let right = condition(depth: depth + 1)
            return (
                "(\(left.description) AND \(right.description))", left.predicate && right.predicate
            )
        case 1:
            let right = condition(depth: depth + 1)
            return (
                "(\(left.description) OR \(right.description))", left.predicate || right.predicate
            )
        default:
            return ("NOT (\(left.description))", !left.predicate)
        }
    }

    // MARK: - Orderings

    mutating func orderings() -> (description: String, orderings: [Ordering<Article>]) {
        var description: [String] = []
        var orderings: [Ordering<Article>] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let ascending = chance(50)
            let nulls: Ordering<Article>.NullPlacement? = pick([nil, .first, .last])
            let key = Int.random(in: 0..<8, using: &random)
            let names = [
                "score", "rating", "subtitle", "createdAt", "publishedAt", "status", "title",
                "isPinned",
            ]
            description.append(
                "\(names[key]) \(ascending ? "asc" : "desc") nulls=\(String(describing: nulls))")
            switch key {
            case 0:
                orderings.append(
                    ascending
                        ? .ascending(\.score, nulls: nulls) : .descending(\.score, nulls: nulls))
            case 1:
                orderings.append(
                    ascending
                        ? .ascending(\.rating, nulls: nulls) : .descending(\.rating, nulls: nulls))
            case 2:
                orderings.append(
                    ascending
                        ? .ascending(\.subtitle, nulls: nulls)
                        : .descending(\.subtitle, nulls: nulls))
            case 3: orderings.append(ascending ? .ascending(\.createdAt) : .descending(\.createdAt))
            case 4:
                orderings.append(
                    ascending
                        ? .ascending(\.publishedAt, nulls: nulls)
                        : .descending(\.publishedAt, nulls: nulls))
            case 5: orderings.append(ascending ? .ascending(\.status) : .descending(\.status))
            case 6: orderings.append(ascending ? .ascending(\.title) : .descending(\.title))
            default: orderings.append(ascending ? .ascending(\.isPinned) : .descending(\.isPinned))
            }
        }
        return (description.joined(separator: ", "), orderings)
    }

    // MARK: - Queries

    mutating func query() -> (description: String, query: Query<Article>, isOrdered: Bool) {
        var query = Article.all()
        var description: [String] = []
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let condition = condition()
            query = query.filter(condition.predicate)
            description.append("WHERE \(condition.description)")
        }
        let ordering = orderings()
        if !ordering.orderings.isEmpty {
            query = query.order(by: ordering.orderings)
            description.append("ORDER BY \(ordering.description)")
        }
        if chance(25) {
            let limit = Int.random(in: 0...40, using: &random)
            query = query.limit(limit)
            description.append("LIMIT \(limit)")
        }
        if chance(15) {
            let offset = Int.random(in: 0...30, using: &random)
            query = query.offset(offset)
            description.append("OFFSET \(offset)")
        }
        if chance(20) {
            let rows: Query<Article>.DeletedRows = pick([.included, .only])
            query = query.including(rows)
            description.append("deleted rows \(rows)")
        }
        let isOrdered = !ordering.orderings.isEmpty || query.limit != nil || query.offset > 0
        return (description.joined(separator: " "), query, isOrdered)
    }
}
