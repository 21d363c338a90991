/// A key path kept in a `Sendable` schema.
///
/// `@unchecked Sendable`: a key path is an immutable value; the standard library does not
/// mark it `Sendable` for arbitrary roots.
public struct SendableKeyPath<Root>: Hashable, @unchecked Sendable {
    /// The key path.
    public let keyPath: PartialKeyPath<Root>

    /// Wraps `keyPath`.
    public init(_ keyPath: PartialKeyPath<Root>) {
        self.keyPath = keyPath
    }
}
