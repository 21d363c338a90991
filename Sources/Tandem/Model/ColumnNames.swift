/// The column names of a model, by key path, once its columns are declared.
public struct ColumnNames<M: Model>: Sendable {
    let names: [SendableKeyPath<M>: String]

    /// The column stored by `keyPath`.
    ///
    /// - Throws: ``SchemaError`` when no column stores that property.
    public func name(of keyPath: SendableKeyPath<M>) throws -> String {
        if let name = names[keyPath] { return name }
        // `\Content.createdAt` and the generic `\M.createdAt` are different key paths to the
        // same property: match by name.
        if let derived = SnakeCase.columnName(for: keyPath.keyPath),
            names.values.contains(derived)
        {
            return derived
        }
        throw SchemaError("\(M.self): \(keyPath.keyPath) is not a declared column")
    }
}
