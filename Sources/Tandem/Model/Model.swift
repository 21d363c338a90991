import Foundation

/// A record type stored in one table: a plain, `Codable`, `Sendable` value with a schema
/// description next to it.
///
/// ```swift
/// struct Note: Model {
///     var id: UUID
///     var createdAt: Date
///     var updatedAt: Date
///     var title: String
///     var tags: [String]
///
///     static let schema = ModelSchema<Note> {
///         Column(\.title, maxLength: 200)
///         Column(\.tags)
///         Index(\.tags, using: .gin)
///     }
/// }
/// ```
///
/// Every model has a UUID primary key `id` and the timestamps `created_at` and `updated_at`,
/// which Tandem keeps. The `id` is made with the record (`var id = UUID()`), so that a record
/// can be referenced, by a child record or across devices, before it is stored; `insert`
/// stores it as it is.
public protocol Model: Codable, Sendable, Identifiable where ID == UUID {
    /// The primary key.
    var id: UUID { get set }
    /// When the row was inserted.
    var createdAt: Date { get set }
    /// When the row was last updated.
    var updatedAt: Date { get set }

    /// The table's name. Defaults to the type's name in snake_case, pluralised.
    static var tableName: String { get }

    /// The description of the table: the one place it is described.
    static var schema: ModelSchema<Self> { get }
}

extension Model {
    /// The type's name in snake_case, pluralised: `PlatformAccount` → `platform_accounts`.
    public static var tableName: String { SnakeCase.tableName(for: String(describing: Self.self)) }
}

/// A model whose rows are marked deleted instead of removed: the seed's soft-delete mixin.
public protocol SoftDeletable: Model {
    /// When the row was marked deleted, or `nil`.
    var deletedAt: Date? { get set }
    /// Whether the row is marked deleted.
    var isDeleted: Bool { get set }
}
