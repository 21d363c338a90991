import Foundation

/// Decodes records from rows through the model's own `Decodable` initializer, reading each
/// property's column by position.
///
/// The first row teaches the layout in which order the initializer asks for its keys; later
/// rows follow that order with one string comparison a property instead of a lookup. One
/// decoder serves every row of a result.
final class RecordDecoder<M: Model> {
    let layout: RecordLayout<M>
    /// Where each of the layout's columns sits in the row, when the row is not in table order
    /// (raw SQL); `nil` when it is.
    private let rowPositions: [Int]?
    private var order: [RecordLayout<M>.DecodeStep]?
    private var learned: [RecordLayout<M>.DecodeStep] = []
    var row: Row
    var step = 0

    /// A decoder for rows whose columns are the layout's, in table order.
    init(layout: RecordLayout<M>, row: Row) {
        self.layout = layout
        self.rowPositions = nil
        self.row = row
        self.order = layout.decodeOrder.withLock { $0 }
    }

    /// A decoder for rows with any columns, matched to properties by name.
    init(layout: RecordLayout<M>, columnNames: [String], row: Row) {
        self.layout = layout
        var positions = [Int](repeating: -1, count: layout.columns.count)
        for (rowIndex, name) in columnNames.enumerated() {
            if let index = layout.position(ofColumn: name), positions[index] < 0 {
                positions[index] = rowIndex
            }
        }
        self.rowPositions = positions
        self.row = row
        self.order = layout.decodeOrder.withLock { $0 }
    }

    /// Decodes the record in `row`.
    ///
    /// - Throws: ``DatabaseError/Code/decodingFailed`` naming the table, the column and the
    ///   row's id.
    func decode(_ row: Row) throws -> M {
        self.row = row
        step = 0
        let isLearning = order == nil
        if isLearning { learned.removeAll(keepingCapacity: true) }
        do {
            let record = try M(from: RecordDecoding(decoder: self))
            if isLearning {
                let learned = learned
                order = learned
                layout.decodeOrder.withLock { if $0 == nil { $0 = learned } }
            }
            return record
        } catch let error as DatabaseError {
            throw enriched(error)
        } catch let error as DecodingError {
            throw enriched(DatabaseError(.decodingFailed, Self.describe(error)))
        }
    }

    /// The row position of the column that answers `key`, or `nil` when the row lacks it.
    func position(of key: some CodingKey) -> Int? {
        let name = key.stringValue
        let column: Int
        if let order, step < order.count, order[step].key == name {
            column = order[step].column
        } else if let found = layout.positions[name] {
            column = found
        } else {
            return nil
        }
        if order == nil { learned.append(.init(key: name, column: column)) }
        step += 1
        guard let rowPositions else { return column }
        let position = rowPositions[column]
        return position < 0 ? nil : position
    }

    private func enriched(_ error: DatabaseError) -> DatabaseError {
        var error = error
        if error.code == .invalidValue { error.code = .decodingFailed }
        error.table = error.table ?? layout.table.name
        if error.recordID == nil {
            let idPosition = rowPositions.map { $0[0] } ?? 0
            if idPosition >= 0, idPosition < row.count {
                error.recordID = try? UUID.decode(from: row, at: idPosition)
            }
        }
        return error
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "the row has no column for \(key.stringValue)"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            "\(type) at \(context.codingPath.map(\.stringValue).joined(separator: ".")): "
                + context.debugDescription
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "\(error)"
        }
    }
}
