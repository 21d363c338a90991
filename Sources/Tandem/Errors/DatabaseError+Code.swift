extension DatabaseError {
    /// An engine-independent kind of failure.
    ///
    /// A struct rather than an enum, so that new kinds can be added without breaking code
    /// that switches over them: compare with `==` or match in a `where` clause.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String {
            case uniqueViolation
            case foreignKeyViolation
            case notNullViolation
            case checkViolation
            case valueTooLong
            case invalidValue
            case connectionFailed
            case connectionLost
            case busy
            case invalidURL
            case storageClosed
            case parameterCountMismatch
            case transactionAborted
            case decodingFailed
            case unsupportedEngineVersion
            case unsupportedFeature
            case syntaxError
            case undefinedObject
            case serializationFailure
            case commitOutcomeUnknown
            case readOnlyTransaction
            case recordNotFound
            case misuse
            case other
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A row would repeat a value that a unique constraint or index forbids.
        public static let uniqueViolation = Code(.uniqueViolation)
        /// A row refers to a missing row, or a referenced row is still in use.
        public static let foreignKeyViolation = Code(.foreignKeyViolation)
        /// A NULL went into a NOT NULL column.
        public static let notNullViolation = Code(.notNullViolation)
        /// A row broke a CHECK constraint.
        public static let checkViolation = Code(.checkViolation)
        /// A string is longer than its column allows.
        public static let valueTooLong = Code(.valueTooLong)
        /// A value is malformed for its column (bad JSON, an enum value outside the enum…).
        public static let invalidValue = Code(.invalidValue)
        /// A connection could not be opened.
        public static let connectionFailed = Code(.connectionFailed)
        /// An open connection broke; the transaction it ran was not committed.
        public static let connectionLost = Code(.connectionLost)
        /// The database stayed locked by another connection past the busy timeout.
        public static let busy = Code(.busy)
        /// A connection URL or string could not be understood.
        public static let invalidURL = Code(.invalidURL)
        /// The storage was closed before or during the call.
        public static let storageClosed = Code(.storageClosed)
        /// A statement got more or fewer arguments than it has placeholders.
        public static let parameterCountMismatch = Code(.parameterCountMismatch)
        /// An earlier statement of this transaction failed; roll back to a savepoint or end it.
        public static let transactionAborted = Code(.transactionAborted)
        /// A value read from the database does not convert to the requested Swift type.
        public static let decodingFailed = Code(.decodingFailed)
        /// The engine is older than Tandem supports.
        public static let unsupportedEngineVersion = Code(.unsupportedEngineVersion)
        /// The engine or dialect cannot express what was asked.
        public static let unsupportedFeature = Code(.unsupportedFeature)
        /// The SQL text is not valid for the engine.
        public static let syntaxError = Code(.syntaxError)
        /// The SQL names a table, column or other object that does not exist.
        public static let undefinedObject = Code(.undefinedObject)
        /// A concurrent transaction conflicted; retrying the whole transaction may succeed.
        public static let serializationFailure = Code(.serializationFailure)
        /// The connection broke during COMMIT: the transaction may or may not have committed.
        public static let commitOutcomeUnknown = Code(.commitOutcomeUnknown)
        /// A read-only transaction tried to write.
        public static let readOnlyTransaction = Code(.readOnlyTransaction)
        /// No row has the record's `id` (or it is marked deleted).
        public static let recordNotFound = Code(.recordNotFound)
        /// The API was used in a way it does not allow.
        public static let misuse = Code(.misuse)
        /// Any other failure reported by the engine.
        public static let other = Code(.other)

        /// The code's name, such as `uniqueViolation`.
        public var description: String { base.rawValue }

        /// Whether the failure is a broken constraint of any kind.
        public var isConstraintViolation: Bool {
            switch base {
            case .uniqueViolation, .foreignKeyViolation, .notNullViolation, .checkViolation,
                .valueTooLong, .invalidValue:
                return true
            default:
                return false
            }
        }
    }
}
