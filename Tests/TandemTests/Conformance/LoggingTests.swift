import Foundation
import Synchronization
import Tandem
import Testing

@Suite("The logging hook")
struct LoggingTests {
    final class Collected: Sendable {
        let messages = Mutex<[(LogLevel, String, [String: String])]>([])
        var logger: TandemLogger {
            TandemLogger(minimumLevel: .trace) { level, message, metadata in
                self.messages.withLock { $0.append((level, message, metadata)) }
            }
        }
    }

    @Test("SQL is logged, bound values never", arguments: StorageKind.allCases)
    func sqlWithoutValues(kind: StorageKind) async throws {
        let collected = Collected()
        let secret = "hunter2-\(UUID().uuidString)"
        try await withStorage(kind, logger: collected.logger) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                try db.execute(
                    "INSERT INTO samples (id, label) VALUES ($1, $2)",
                    [.uuid(UUID()), .text(secret)])
                _ = try? db.inSavepoint {
                    try db.execute(
                        "INSERT INTO samples (id, label) VALUES ($1, $2)",
                        [.integer(1), .text(secret)])
                }
            }
        }
        let messages = collected.messages.withLock { $0 }
        #expect(messages.contains { $0.1.contains("INSERT INTO samples") && $0.0 == .debug })
        #expect(!messages.contains { $0.1.contains(secret) || $0.2.values.contains(secret) })
        #expect(messages.allSatisfy { $0.2.keys.allSatisfy { $0.hasPrefix("tandem.") } })
    }

    @Test("the default logger is silent")
    func silentByDefault() {
        #expect(!TandemLogger.disabled.isEnabled(.error))
    }
}
