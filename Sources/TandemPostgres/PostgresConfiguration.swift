import Tandem

/// Settings of a ``PostgresStorage``.
public struct PostgresConfiguration: Sendable {
    /// Where to connect: a `postgres://` or `postgresql://` URL, or a libpq connection string
    /// such as `host=/tmp dbname=app`. See libpq's documentation for every parameter.
    public var connectionString: String

    /// The most connections the storage opens at once. Defaults to 8.
    public var maximumConnections = 8

    /// Seconds to wait for a connection to open, unless the connection string sets
    /// `connect_timeout` itself. Defaults to 10.
    public var connectTimeoutSeconds = 10

    /// Where Tandem sends its log messages; silent by default.
    public var logger: TandemLogger = .disabled

    /// Creates a configuration for `connectionString`.
    public init(connectionString: String) {
        self.connectionString = connectionString
    }
}
