/// The state of decoding the rows of one result into records: which column answers which
/// property, and where the model's initializer is in its sequence of keys.
///
/// Not generic over the model, so that the per-property calls of a model's `init(from:)`
/// reach it without looking up generic type metadata.
final class RecordReader {
    /// One step of a model's `init(from:)`: the key it asks for, the column that answers it,
    /// and the conversion found for the property's type the first time.
    ///
    /// `@unchecked Sendable`: the metatype is an immutable reference to a type.
    struct Step: @unchecked Sendable {
        let key: String
        let column: Int
        var typeID: ObjectIdentifier?
        var convertible: (any DatabaseValueConvertible.Type)?
    }

    let tableName: String
    /// Property and column names, by the layout's column position.
    let positions: [String: Int]
    let propertyNames: [String]
    /// Where each layout column sits in the row, when not in table order (raw SQL).
    let rowPositions: [Int]?
    private(set) var steps: [Step]
    private(set) var isLearning: Bool
    var row: Row
    private var next = 0
    /// The step the last ``position(ofKey:)`` matched.
    private(set) var current = 0

    init(
        tableName: String, positions: [String: Int], propertyNames: [String],
        rowPositions: [Int]?, learned: [Step]?, row: Row
    ) {
        self.tableName = tableName
        self.positions = positions
        self.propertyNames = propertyNames
        self.rowPositions = rowPositions
        self.steps = learned ?? []
        self.isLearning = learned == nil
        self.row = row
    }

    /// Prepares to decode `row` from its first property.
    func start(_ row: Row) {
        self.row = row
        next = 0
    }

    /// Ends the first decoding: the order of its keys is kept for the next rows.
    func finishLearning() -> [Step]? {
        guard isLearning else { return nil }
        isLearning = false
        return steps
    }

    /// The row position of the column that answers `name`, or `nil` when the row lacks it.
    func position(ofKey name: String) -> Int? {
        let column: Int
        if next < steps.count, steps[next].key == name {
            column = steps[next].column
            current = next
        } else if let found = positions[name] {
            column = found
            if isLearning {
                steps.append(Step(key: name, column: column))
                current = steps.count - 1
            } else {
                current = -1
            }
        } else {
            return nil
        }
        next += 1
        guard let rowPositions else { return column }
        let position = rowPositions[column]
        return position < 0 ? nil : position
    }

    /// The conversion for `type` at the current step, found once and then reused.
    func convertible<T>(for type: T.Type) -> (any DatabaseValueConvertible.Type)? {
        let id = ObjectIdentifier(type)
        if current >= 0, current < steps.count, steps[current].typeID == id {
            return steps[current].convertible
        }
        let found = type as? any DatabaseValueConvertible.Type
        if current >= 0, current < steps.count, isLearning {
            steps[current].typeID = id
            steps[current].convertible = found
        }
        return found
    }

    /// The row position of the `id` column, for errors.
    var idPosition: Int? {
        guard let column = positions["id"] else { return nil }
        guard let rowPositions else { return column }
        return rowPositions[column] < 0 ? nil : rowPositions[column]
    }
}
