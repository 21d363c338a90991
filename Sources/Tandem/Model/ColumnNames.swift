import Synchronization

/// The column names of a model, by key path, once its columns are declared.
public struct ColumnNames<M: Model>: Sendable {
    let names: [SendableKeyPath<M>: String]
    /// Names found by matching a key path's property name, kept so that each key path is
    /// described once.
    private let derived = DerivedNames()

    init(names: [SendableKeyPath<M>: String]) {
        self.names = names
    }

    /// The column stored by `keyPath`.
    ///
    /// - Throws: ``SchemaError`` when no column stores that property.
    public func name(of keyPath: SendableKeyPath<M>) throws -> String {
        if let name = names[keyPath] { return name }
        if let name = derived.names.withLock({ $0[keyPath] }) { return name }
        // `\Content.createdAt` and the generic `\M.createdAt` are different key paths to the
        // same property: match by name.
        if let name = SnakeCase.columnName(for: keyPath.keyPath), names.values.contains(name) {
            derived.names.withLock { $0[keyPath] = name }
            return name
        }
        throw SchemaError("\(M.self): \(keyPath.keyPath) is not a declared column")
    }

    /// Key paths matched by name, shared by every copy of the names.
    private final class DerivedNames: Sendable {
        let names = Mutex<[SendableKeyPath<M>: String]>([:])
    }
}
