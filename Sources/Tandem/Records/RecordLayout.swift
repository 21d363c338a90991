import Foundation
import Synchronization

/// What reading and writing records of one model needs, worked out once from its schema: the
/// column list, the statements' shared SQL, where each property's column sits, and the order in
/// which the model's `Decodable` initializer asks for its properties.
final class RecordLayout<M: Model>: Sendable {
    let table: TableSchema
    let columns: [Column<M>]
    /// `"id", "user_id", …`: every column, quoted, in table order.
    let selectList: String
    let quotedTable: String
    /// `SELECT <columns> FROM <table> WHERE "id" = $1`.
    let findSQL: String
    /// The position of each column, by property name and by column name.
    let positions: [String: Int]
    /// Each column's reader, in table order, apart from the rest of its description so that
    /// reading a record copies no column descriptions.
    let readers: [@Sendable (M) -> DatabaseValue]
    /// The most characters each column may hold, where bounded.
    let maxLengths: [Int?]
    let isSoftDeletable: Bool
    /// The property of each column, in table order.
    let propertyNames: [String]
    /// The order in which `M.init(from:)` asked for its keys, learned from the first row.
    let decodeOrder = Mutex<[RecordReader.Step]?>(nil)

    init(table: TableSchema, columns: [Column<M>], isSoftDeletable: Bool) {
        self.table = table
        self.columns = columns
        self.isSoftDeletable = isSoftDeletable
        let dialect = SQLDialect.postgresql  // both dialects quote alike
        selectList = columns.map { dialect.quote($0.schema.name) }.joined(separator: ", ")
        quotedTable = dialect.quote(table.name)
        findSQL = "SELECT \(selectList) FROM \(quotedTable) WHERE \"id\" = $1"
        // A property's own name wins over a column of the same name: `Column(\.title, name:
        // "name")` next to a property `name` must not read the title into `name`. Column names
        // answer keys that name columns (custom coding keys such as `user_id`).
        var positions: [String: Int] = [:]
        for (index, column) in columns.enumerated() { positions[column.schema.name] = index }
        for (index, column) in columns.enumerated() { positions[column.propertyName] = index }
        self.positions = positions
        propertyNames = columns.map(\.propertyName)
        readers = columns.map(\.value)
        maxLengths = columns.map {
            if case .string(let maxLength) = $0.schema.type { return maxLength }
            return nil
        }
    }

    /// The position of the column called `name`.
    func position(ofColumn name: String) -> Int? {
        columns.firstIndex { $0.schema.name == name }
    }

    // MARK: - Binding

    /// Appends the value of every column of `record`, in table order, to `values`.
    ///
    /// - Throws: ``DatabaseError/Code/valueTooLong`` naming the table and column when a
    ///   string exceeds its column's length, before anything reaches the engine (PostgreSQL
    ///   would silently cut trailing spaces to fit; SQLite would refuse).
    func appendValues(of record: M, to values: inout [DatabaseValue]) throws {
        for index in readers.indices { values.append(try value(at: index, of: record)) }
    }

    /// The value of the column at `index` of `record`, checked as ``appendValues(of:to:)``
    /// checks it.
    func value(at index: Int, of record: M) throws -> DatabaseValue {
        let value = readers[index](record)
        if let maxLength = maxLengths[index] { try check(value, maxLength, columns[index]) }
        return value
    }

    private func check(_ value: DatabaseValue, _ maxLength: Int, _ column: Column<M>) throws {
        guard case .text(let text) = value, text.utf8.count > maxLength else { return }
        let length = text.unicodeScalars.count
        if length > maxLength {
            throw DatabaseError(
                .valueTooLong,
                "a value of \(length) characters exceeds the \(maxLength) of the column",
                table: table.name, column: column.schema.name)
        }
    }
}
