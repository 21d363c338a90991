import Tandem

/// Settings of an ``SQLiteStorage``.
public struct SQLiteConfiguration: Sendable {
    /// How long a statement waits for another connection's lock before failing with
    /// `DatabaseError.Code.busy`. Defaults to 5 seconds.
    public var busyTimeout: Duration = .seconds(5)

    /// How many connections serve read transactions at once, besides the one writer.
    /// Defaults to 4.
    public var maximumReaderCount = 4

    /// Where Tandem sends its log messages; silent by default.
    public var logger: TandemLogger = .disabled

    /// Creates the default configuration.
    public init() {}
}
