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

    /// The mutable state, behind a pointer: it changes for every property of every row, and
    /// a class's stored `var` would cost a dynamic exclusivity check on each access. Only
    /// this reader touches it, on one thread at a time.
    private struct State {
        var steps: [Step]
        var isLearning: Bool
        var row: Row
        var next = 0
        var current = 0
    }

    private let state: UnsafeMutablePointer<State>

    init(
        tableName: String, positions: [String: Int], propertyNames: [String],
        rowPositions: [Int]?, learned: [Step]?, row: Row
    ) {
        self.tableName = tableName
        self.positions = positions
        self.propertyNames = propertyNames
        self.rowPositions = rowPositions
        state = .allocate(capacity: 1)
        state.initialize(to: State(steps: learned ?? [], isLearning: learned == nil, row: row))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The row being decoded, lent rather than copied (a copy would retain its storage for
    /// every property read).
    var row: Row {
        _read { yield state.pointee.row }
    }

    /// Prepares to decode `row` from its first property.
    func start(_ row: Row) {
        state.pointee.row = row
        state.pointee.next = 0
    }

    /// Ends the first decoding: the order of its keys is kept for the next rows.
    func finishLearning() -> [Step]? {
        guard state.pointee.isLearning else { return nil }
        state.pointee.isLearning = false
        return state.pointee.steps
    }

    /// The row position of the column that answers `name`, or `nil` when the row lacks it.
    func position(ofKey name: String) -> Int? {
        let next = state.pointee.next
        let column: Int
        if next < state.pointee.steps.count, state.pointee.steps[next].key == name {
            column = state.pointee.steps[next].column
            state.pointee.current = next
        } else if let found = positions[name] {
            column = found
            if state.pointee.isLearning {
                state.pointee.steps.append(Step(key: name, column: column))
                state.pointee.current = state.pointee.steps.count - 1
            } else {
                state.pointee.current = -1
            }
        } else {
            return nil
        }
        state.pointee.next = next + 1
        guard let rowPositions else { return column }
        let position = rowPositions[column]
        return position < 0 ? nil : position
    }

    /// The conversion for `type` at the current step, found once and then reused.
    func convertible<T>(for type: T.Type) -> (any DatabaseValueConvertible.Type)? {
        let id = ObjectIdentifier(type)
        let current = state.pointee.current
        let isKnown = current >= 0 && current < state.pointee.steps.count
        if isKnown, state.pointee.steps[current].typeID == id {
            return state.pointee.steps[current].convertible
        }
        let found = type as? any DatabaseValueConvertible.Type
        if isKnown, state.pointee.isLearning {
            state.pointee.steps[current].typeID = id
            state.pointee.steps[current].convertible = found
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
