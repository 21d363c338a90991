import CLibPQ

/// The names and type OIDs of a result's columns, read once per prepared statement.
struct PostgresColumns: Sendable {
    let names: [String]
    let types: [UInt32]

    /// Reads the columns of a result or of a statement description.
    init(describing result: OpaquePointer) {
        let count = Int(PQnfields(result))
        names = (0..<count).map { String(cString: PQfname(result, Int32($0))) }
        types = (0..<count).map { PQftype(result, Int32($0)) }
    }
}

/// A statement prepared on one connection under a generated name.
struct PostgresPreparedStatement {
    let name: String
    let parameterCount: Int
    let columns: PostgresColumns
}
