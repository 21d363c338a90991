import Foundation

/// SQLite reports a unique violation by its columns (`UNIQUE constraint failed: t.a, t.b`),
/// PostgreSQL by the constraint's name. For a model's own table, the records API finds the
/// name in the schema, so that `error.constraint` is the same on both engines.
extension DatabaseError {
    /// The error with ``constraint`` set to the name of `table`'s primary key, unique
    /// constraint or unique index over exactly the columns SQLite names, when it lacks one.
    func namingUniqueConstraint(of table: TableSchema) -> DatabaseError {
        let prefix = "UNIQUE constraint failed: "
        guard code == .uniqueViolation, constraint == nil, message.hasPrefix(prefix) else {
            return self
        }
        let target = message.dropFirst(prefix.count)
        // A unique index over expressions is named: `UNIQUE constraint failed: index 'x'`.
        if target.hasPrefix("index '"), target.hasSuffix("'"), target.count > 8 {
            var named = self
            named.constraint = String(target.dropFirst("index '".count).dropLast())
            return named
        }
        let qualified = target.split(separator: ",")
        var columns: Set<String> = []
        for name in qualified {
            let parts = name.trimmingCharacters(in: .whitespaces).split(
                separator: ".", maxSplits: 1)
            guard parts.count == 2, parts[0] == table.name else { return self }
            columns.insert(String(parts[1]))
        }
        var candidates: [String] = []
        for constraint in table.constraints {
            switch constraint {
            case .primaryKey(let name, let keys), .unique(let name, let keys):
                if Set(keys) == columns { candidates.append(name) }
            case .foreignKey, .check: break
            }
        }
        for index in table.indexes where index.isUnique && Set(index.keys.map(\.column)) == columns
        {
            candidates.append(index.name)
        }
        // Two unique rules over the same columns: SQLite's message cannot tell them apart.
        guard candidates.count == 1 else { return self }
        var named = self
        named.constraint = candidates[0]
        return named
    }
}
