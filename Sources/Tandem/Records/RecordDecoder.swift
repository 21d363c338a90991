import Foundation

/// Decodes records from rows through the model's own `Decodable` initializer, reading each
/// property's column by position.
///
/// The first row teaches the layout in which order the initializer asks for its keys; later
/// rows follow that order with one string comparison a property instead of a lookup. One
/// decoder serves every row of a result.
final class RecordDecoder<M: Model> {
    let layout: RecordLayout<M>
    private let reader: RecordReader

    /// A decoder for rows whose columns are the layout's, in table order.
    convenience init(layout: RecordLayout<M>, row: Row) {
        self.init(layout: layout, rowPositions: nil, row: row)
    }

    /// A decoder for rows with any columns, matched to properties by name.
    convenience init(layout: RecordLayout<M>, columnNames: [String], row: Row) {
        var positions = [Int](repeating: -1, count: layout.columns.count)
        for (rowIndex, name) in columnNames.enumerated() {
            if let index = layout.position(ofColumn: name), positions[index] < 0 {
                positions[index] = rowIndex
            }
        }
        self.init(layout: layout, rowPositions: positions, row: row)
    }

    private init(layout: RecordLayout<M>, rowPositions: [Int]?, row: Row) {
        self.layout = layout
        reader = RecordReader(
            tableName: layout.table.name, positions: layout.positions,
            propertyNames: layout.propertyNames, rowPositions: rowPositions,
            learned: layout.decodeOrder.withLock { $0 }, row: row)
    }

    /// Decodes the record in `row`.
    ///
    /// - Throws: ``DatabaseError/Code/decodingFailed`` naming the table, the column and the
    ///   row's id.
    func decode(_ row: Row) throws -> M {
        reader.start(row)
        do {
            let record = try M(from: RecordDecoding(reader: reader))
            if let learned = reader.finishLearning() {
                layout.decodeOrder.withLock { if $0 == nil { $0 = learned } }
            }
            return record
        } catch let error as DatabaseError {
            throw enriched(error)
        } catch let error as DecodingError {
            throw enriched(DatabaseError(.decodingFailed, Self.describe(error)))
        }
    }

    private func enriched(_ error: DatabaseError) -> DatabaseError {
        var error = error
        if error.code == .invalidValue { error.code = .decodingFailed }
        error.table = error.table ?? layout.table.name
        if error.recordID == nil, let idPosition = reader.idPosition, idPosition < row.count {
            error.recordID = try? UUID.decode(from: row, at: idPosition)
        }
        return error
    }

    private var row: Row { reader.row }

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
