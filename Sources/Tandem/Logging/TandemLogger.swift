/// How important a log message is, from the chattiest to the most severe.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
    /// Every statement step; very chatty.
    case trace
    /// SQL text and connection lifecycle.
    case debug
    /// Notable but expected events.
    case info
    /// Something the caller cannot otherwise see, such as a reconnect.
    case warning
    /// A failure that Tandem also reports by throwing.
    case error

    /// Orders levels from `trace` (lowest) to `error` (highest).
    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// The one logging hook of Tandem: a closure that receives a level, a message and metadata.
///
/// Tandem is silent by default. Install a logger to route its messages anywhere, for example
/// to swift-log in one line:
///
/// ```swift
/// let logger = TandemLogger(minimumLevel: .debug) { level, message, metadata in
///     print("[\(level)] \(message) \(metadata)")
/// }
/// ```
///
/// Messages carry SQL text and connection events; they never carry bound values or
/// credentials. Metadata keys are prefixed with `tandem.`.
public struct TandemLogger: Sendable {
    /// The signature of the function that receives log messages.
    public typealias Handler = @Sendable (LogLevel, String, [String: String]) -> Void

    /// The lowest level that reaches the handler.
    public var minimumLevel: LogLevel
    private let handler: Handler?

    /// Creates a logger that forwards messages at `minimumLevel` and above to `handler`.
    public init(minimumLevel: LogLevel = .debug, handler: @escaping Handler) {
        self.minimumLevel = minimumLevel
        self.handler = handler
    }

    private init() {
        self.minimumLevel = .error
        self.handler = nil
    }

    /// A logger that drops every message: the default.
    public static let disabled = TandemLogger()

    /// Whether a message at `level` would reach the handler.
    public func isEnabled(_ level: LogLevel) -> Bool {
        handler != nil && level >= minimumLevel
    }

    /// Sends a message; the message is built only when the level is enabled.
    public func log(
        _ level: LogLevel,
        _ message: @autoclosure () -> String,
        metadata: @autoclosure () -> [String: String] = [:]
    ) {
        guard let handler, level >= minimumLevel else { return }
        handler(level, message(), metadata())
    }
}
