/// Checks a table description for what no dialect could create: empty or repeated names,
/// names over PostgreSQL's 63-byte limit, keys on unknown columns.
public enum TableChecks {
    /// The longest identifier PostgreSQL keeps whole.
    public static let maximumIdentifierLength = 63

    /// Every problem found in `table`.
    public static func problems(in table: TableSchema) -> [SchemaError] {
        var problems: [SchemaError] = []
        var seen: Set<String> = []
        let columnNames = Set(table.columns.map(\.name))

        func checkName(_ name: String, _ kind: String) {
            if name.isEmpty {
                problems.append(SchemaError("\(table.name): a \(kind) has no name"))
            } else if name.utf8.count > maximumIdentifierLength {
                problems.append(
                    SchemaError("\(table.name).\(name): longer than 63 bytes"))
            }
        }

        checkName(table.name, "table")
        for column in table.columns {
            checkName(column.name, "column")
            if !seen.insert(column.name).inserted {
                problems.append(SchemaError("\(table.name).\(column.name): declared twice"))
            }
            if case .enumeration(let name, let values) = column.type,
                case .value(let value)? = column.defaultValue,
                !values.contains(where: { DatabaseValue.text($0) == value })
            {
                problems.append(
                    SchemaError(
                        "\(table.name).\(column.name): the default is not a case of \(name)"))
            }
            if case .string(let maxLength) = column.type, maxLength <= 0 {
                problems.append(
                    SchemaError("\(table.name).\(column.name): maxLength must be positive"))
            }
        }

        var objectNames: Set<String> = []
        let keyedObjects: [(String, [String])] =
            table.constraints.map { constraint in
                switch constraint {
                case .primaryKey(let name, let columns), .unique(let name, let columns):
                    (name, columns)
                case .foreignKey(let foreignKey): (foreignKey.name, foreignKey.columns)
                case .check(let name, _): (name, [])
                }
            } + table.indexes.map { ($0.name, $0.keys.map(\.column)) }
        for case .check(let name, _) in table.constraints
        where NamingConvention.typeCheckRule(ofConstraint: name) != nil {
            problems.append(
                SchemaError(
                    "\(table.name).\(name): names of the form ck_…_<rule> are reserved for the"
                        + " checks that keep column types on SQLite; choose another name"))
        }
        for (name, columns) in keyedObjects {
            checkName(name, "constraint or index")
            if !objectNames.insert(name).inserted {
                problems.append(SchemaError("\(table.name): the name \(name) is used twice"))
            }
            for column in columns where !columnNames.contains(column) {
                problems.append(SchemaError("\(table.name).\(name): no column \(column)"))
            }
        }
        return problems
    }
}
