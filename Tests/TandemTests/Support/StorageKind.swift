import Foundation
import Tandem
import TandemPostgres
import TandemSQLite
import Testing

/// The three storages every conformance test runs on.
enum StorageKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqliteMemory = "SQLite in memory"
    case sqliteFile = "SQLite file"
    case postgresql = "PostgreSQL"

    var testDescription: String { rawValue }

    var dialect: SQLDialect { self == .postgresql ? .postgresql : .sqlite }
}

/// A failure of the test environment itself, such as PostgreSQL not being started.
struct TestEnvironmentError: Error, CustomStringConvertible {
    let description: String
}

enum TestEnvironment {
    /// The throwaway server started by `Scripts/test.sh`. Missing is a failure, not a skip.
    static func postgresURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["TANDEM_POSTGRES_URL"], !url.isEmpty
        else {
            throw TestEnvironmentError(
                description: "TANDEM_POSTGRES_URL is not set: run the tests with Scripts/test.sh,"
                    + " which starts a throwaway PostgreSQL server")
        }
        return url
    }

    /// The repository's root folder, for its scripts.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Appends query parameters to a libpq URL.
    static func url(_ base: String, adding parameters: String) -> String {
        base + (base.contains("?") ? "&" : "?") + parameters
    }
}

/// Opens a fresh, empty storage of `kind` for one test, runs `body`, then closes and removes
/// the storage whatever happened.
func withStorage<T: Sendable>(
    _ kind: StorageKind,
    logger: TandemLogger = .disabled,
    maximumConnections: Int = 4,
    _ body: (any Storage) async throws -> T
) async throws -> T {
    switch kind {
    case .sqliteMemory:
        var configuration = SQLiteConfiguration()
        configuration.logger = logger
        configuration.maximumReaderCount = maximumConnections
        let storage = try await SQLiteStorage.inMemory(configuration: configuration)
        return try await run(body, on: storage) {}

    case .sqliteFile:
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tandem-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = SQLiteConfiguration()
        configuration.logger = logger
        configuration.maximumReaderCount = maximumConnections
        let storage = try await SQLiteStorage(
            path: folder.appendingPathComponent("test.sqlite").path, configuration: configuration)
        return try await run(body, on: storage) {
            try? FileManager.default.removeItem(at: folder)
        }

    case .postgresql:
        let base = try TestEnvironment.postgresURL()
        let schema =
            "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try await PostgresStorage(url: base)
        try await admin.write { db in try db.executeScript("CREATE SCHEMA \(schema)") }

        var configuration = PostgresConfiguration(
            connectionString: TestEnvironment.url(
                base,
                adding: "options=-c%20search_path%3D\(schema),public&application_name=\(schema)"))
        configuration.logger = logger
        configuration.maximumConnections = maximumConnections
        do {
            let storage = try await PostgresStorage(configuration: configuration)
            return try await run(body, on: storage) {
                _ = try? await admin.write { db in
                    try db.executeScript("DROP SCHEMA \(schema) CASCADE")
                }
                await admin.close()
            }
        } catch {
            await admin.close()
            throw error
        }
    }
}

private func run<S: Storage, T: Sendable>(
    _ body: (any Storage) async throws -> T,
    on storage: S,
    cleanUp: () async -> Void
) async throws -> T {
    do {
        let result = try await body(storage)
        await storage.close()
        await cleanUp()
        return result
    } catch {
        await storage.close()
        await cleanUp()
        throw error
    }
}

/// Runs `body` expecting a ``DatabaseError`` and returns it; records an issue when `body`
/// succeeds or throws something else.
@discardableResult
func expectDatabaseError<R>(
    _ expected: DatabaseError.Code,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> R
) async -> DatabaseError? {
    do {
        _ = try await body()
        Issue.record("expected \(expected), but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as DatabaseError {
        #expect(error.code == expected, "\(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record(
            "expected DatabaseError \(expected), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
