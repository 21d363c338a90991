import Foundation
import Synchronization
import Tandem
import TandemPostgres
import TandemSQLite
import Testing

@Suite("Connections: opening, losing, recovering")
struct ConnectionTests {
    @Test(
        "PostgreSQL only (SQLite has no URL): a malformed URL is a typed error",
        arguments: [
            "postgres://user@host:notaport/db",
            "mysql://localhost/db",
            "postgresql://localhost/db?bogus_option=1",
            "host=/tmp port",
        ])
    func malformedURL(url: String) async throws {
        let error = await expectDatabaseError(.invalidURL) {
            _ = try await PostgresStorage(url: url)
        }
        #expect(error != nil)
    }

    @Test("PostgreSQL only: a password never appears in an error")
    func passwordHidden() async throws {
        let error = await expectDatabaseError(.invalidURL) {
            _ = try await PostgresStorage(url: "postgresql://user:s3cr%zzet@localhost/db")
        }
        #expect(error.map { !"\($0)".contains("s3cr") && !"\($0)".contains("zzet") } == true)
    }

    @Test("PostgreSQL only: an unreachable server is connectionFailed")
    func unreachable() async throws {
        await expectDatabaseError(.connectionFailed) {
            _ = try await PostgresStorage(url: "postgresql:///db?host=/nonexistent-tandem-socket")
        }
    }

    @Test("SQLite only (PostgreSQL has no files): an unopenable path is connectionFailed")
    func unopenableFile() async throws {
        await expectDatabaseError(.connectionFailed) {
            _ = try await SQLiteStorage(path: "/nonexistent-tandem-folder/sub/db.sqlite")
        }
    }

    @Test("SQLite only: in-memory storages are isolated, and shared by their connections")
    func inMemoryIsolation() async throws {
        let first = try await SQLiteStorage.inMemory()
        let second = try await SQLiteStorage.inMemory()
        try await first.write { db in try SampleTable.create(db) }
        // Readers are other connections to the same in-memory database.
        let seen = try await first.read { db in try db.fetchAll("SELECT * FROM samples").count }
        #expect(seen == 0)
        await expectDatabaseError(.undefinedObject) {
            _ = try await second.read { db in try db.fetchAll("SELECT * FROM samples") }
        }
        await first.close()
        await second.close()
    }

    @Test("SQLite only: files use write-ahead logging and foreign keys")
    func sqliteSettings() async throws {
        try await withStorage(.sqliteFile) { storage in
            let (mode, foreignKeys) = try await storage.write { db in
                (
                    try db.fetchOne("PRAGMA journal_mode")!.decode(String.self, at: 0),
                    try db.fetchOne("PRAGMA foreign_keys")!.decode(Int.self, at: 0)
                )
            }
            #expect(mode == "wal")
            #expect(foreignKeys == 1)
        }
        #expect(SQLiteVersion.runtime >= SQLiteVersion.minimum)
        #expect(SQLiteVersion.runtime.supportsReturning)
    }

    @Test("SQLite only: a lock held past the busy timeout is busy")
    func busy() async throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tandem-busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        var configuration = SQLiteConfiguration()
        configuration.busyTimeout = .milliseconds(100)
        let holder = try await SQLiteStorage(path: path, configuration: configuration)
        let other = try await SQLiteStorage(path: path, configuration: configuration)
        try await holder.write { db in try SampleTable.create(db) }

        let release = Mutex(false)
        let isHeld = Mutex(false)
        let holding = Task {
            try await holder.write { db in
                try TransactionTests.insert(db)
                isHeld.withLock { $0 = true }
                while !release.withLock({ $0 }) { usleep(5_000) }
            }
        }
        defer { release.withLock { $0 = true } }  // also when an expectation below stops the test
        // Waits for the holder's write lock rather than guessing how long taking it needs.
        for _ in 0..<2_000 where !isHeld.withLock({ $0 }) {
            try await Task.sleep(for: .milliseconds(5))
        }
        try #require(isHeld.withLock { $0 })
        await expectDatabaseError(.busy) {
            try await other.write { db in try TransactionTests.insert(db) }
        }
        release.withLock { $0 = true }
        try await holding.value
        await holder.close()
        await other.close()
    }

    @Test("PostgreSQL only: the pool replaces connections the server dropped")
    func recoversDroppedConnections() async throws {
        try await withStorage(.postgresql, maximumConnections: 3) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            // Open all three connections, then have the server kill them.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        _ = try await storage.read { db in
                            try db.fetchAll("SELECT pg_sleep(0.05)")
                        }
                    }
                }
                try await group.waitForAll()
            }
            try await terminateOtherBackends(of: storage)
            for _ in 0..<6 {
                #expect(try await TransactionTests.count(storage) == 0)
            }
        }
    }

    @Test("PostgreSQL only: a transaction cut off midway fails and leaves nothing behind")
    func cutOffTransaction() async throws {
        try await withStorage(.postgresql, maximumConnections: 1) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            await expectDatabaseError(.connectionLost) {
                try await storage.write { db in
                    try TransactionTests.insert(db)
                    _ = try db.fetchAll("SELECT pg_terminate_backend(pg_backend_pid())")
                    try TransactionTests.insert(db)
                }
            }
            #expect(try await TransactionTests.count(storage) == 0)
        }
    }

    @Test("PostgreSQL only: after a real server restart the next transaction works")
    func serverRestart() async throws {
        let script = TestEnvironment.repositoryRoot.appendingPathComponent(
            "Scripts/postgres-server.sh"
        ).path
        let folder = "/tmp/tandem-restart-\(UUID().uuidString.prefix(8))"
        let url = try await runScript(script, ["start", folder])

        let storage = try await PostgresStorage(url: url)
        try await storage.write { db in
            try SampleTable.create(db)
            try TransactionTests.insert(db)
        }
        do {
            _ = try await runScript(script, ["restart", folder])
            #expect(try await TransactionTests.count(storage) == 1)
            try await storage.write { db in try TransactionTests.insert(db) }
            #expect(try await TransactionTests.count(storage) == 2)
        } catch {
            Issue.record(error)
        }
        await storage.close()
        _ = try await runScript(script, ["stop", folder])
    }

    private func terminateOtherBackends(of storage: any Storage) async throws {
        let application = try await storage.read { db in
            try db.fetchOne("SELECT current_setting('application_name')")!.decode(
                String.self, at: 0)
        }
        let admin = try await PostgresStorage(url: try TestEnvironment.postgresURL())
        let killed = try await admin.write { db in
            try db.fetchAll(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
                [.text(application)]
            ).count
        }
        await admin.close()
        #expect(killed == 3)
        try await Task.sleep(for: .milliseconds(100))
    }

    /// Runs a script on a thread outside the cooperative pool and returns what it printed.
    /// (Foundation's `Process` was seen missing the child's exit on Linux, so this spawns
    /// and reaps the child itself.)
    private func runScript(_ script: String, _ arguments: [String]) async throws -> String {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("tandem-script-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let command =
            ([script] + arguments).map { "'\($0)'" }.joined(separator: " ")
            + " > '\(output)' < /dev/null"
        let status = try await ConnectionQueue.detached { () -> Int32 in
            var pid: pid_t = 0
            let words: [String] = ["/bin/bash", "-c", command]
            let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            guard posix_spawn(&pid, "/bin/bash", nil, nil, argv, environ) == 0 else { return -1 }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            return status
        }
        guard status == 0 else {
            throw TestEnvironmentError(description: "\(script) \(arguments) failed (\(status))")
        }
        return try String(contentsOfFile: output, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
