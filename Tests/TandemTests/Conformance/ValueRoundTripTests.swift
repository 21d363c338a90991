import Foundation
import Tandem
import TandemPostgres
import TandemSQLite
import Testing

@Suite("Values round-trip on every engine")
struct ValueRoundTripTests {
    /// What a stored sample reads back as: timestamps rounded to the microsecond.
    static func stored(_ sample: Sample) -> Sample {
        var expected = sample
        expected.moment = sample.moment.map(Timestamp.rounded)
        return expected
    }

    @Test("every value type reads back equal", arguments: StorageKind.allCases)
    func roundTrip(kind: StorageKind) async throws {
        let read = try await withStorage(kind) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                for sample in Sample.edgeCases {
                    try db.execute(SampleTable.insertSQL, sample.arguments)
                }
            }
            return try await storage.read { db in
                try db.fetchAll(SampleTable.selectSQL).map(Sample.init(row:))
            }
        }
        let expected = Sample.edgeCases.map(Self.stored).sorted {
            $0.id.uuidString.lowercased() < $1.id.uuidString.lowercased()
        }
        #expect(read == expected)
    }

    @Test("a value written through one engine reads back equal through the other")
    func acrossEngines() async throws {
        let fromSQLite = try await withStorage(.sqliteMemory) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                for sample in Sample.edgeCases {
                    try db.execute(SampleTable.insertSQL, sample.arguments)
                }
                return try db.fetchAll(SampleTable.selectSQL).map(Sample.init(row:))
            }
        }
        let throughPostgres = try await withStorage(.postgresql) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                for sample in fromSQLite {
                    try db.execute(SampleTable.insertSQL, sample.arguments)
                }
                return try db.fetchAll(SampleTable.selectSQL).map(Sample.init(row:))
            }
        }
        let backInSQLite = try await withStorage(.sqliteFile) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                for sample in throughPostgres {
                    try db.execute(SampleTable.insertSQL, sample.arguments)
                }
                return try db.fetchAll(SampleTable.selectSQL).map(Sample.init(row:))
            }
        }
        #expect(fromSQLite == throughPostgres)
        #expect(throughPostgres == backInSQLite)
    }

    @Test("a UUID made only of decimal digits stays text", arguments: StorageKind.allCases)
    func numeralUUID(kind: StorageKind) async throws {
        let id = UUID(uuidString: "12345678-1234-1234-1234-123456789012")!
        let text = try await withStorage(kind) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                try db.execute("INSERT INTO samples (id) VALUES ($1)", [id.databaseValue])
                let row = try db.fetchOne("SELECT id FROM samples WHERE id = $1", [.uuid(id)])
                #expect(try row?.decode(UUID.self, at: 0) == id)
                return try db.fetchOne("SELECT CAST(id AS TEXT) FROM samples")?.decode(
                    String.self, at: 0)
            }
        }
        #expect(text == "12345678-1234-1234-1234-123456789012")
    }

    @Test("timestamps keep microseconds and are UTC", arguments: StorageKind.allCases)
    func microsecondTimestamps(kind: StorageKind) async throws {
        let base = Date(timeIntervalSince1970: 1_764_780_278)
        let moments = (0..<5).map { base.addingTimeInterval(Double($0) / 1_000_000) }
        let read = try await withStorage(kind) { storage in
            try await storage.write { db in
                try SampleTable.create(db)
                for moment in moments {
                    try db.execute(
                        "INSERT INTO samples (id, moment) VALUES ($1, $2)",
                        [.uuid(UUID()), .date(moment)])
                }
                return try db.fetchAll("SELECT moment FROM samples ORDER BY moment").map {
                    try $0.decode(Date.self, at: 0)
                }
            }
        }
        #expect(read == moments.map(Timestamp.rounded))
        let micros = read.map { Timestamp.microseconds(since1970: $0) }
        #expect(micros == (0..<5).map { 1_764_780_278_000_000 + Int64($0) })
    }

    @Test(
        "raw values come back in the engine's natural representation",
        arguments: StorageKind.allCases)
    func rawValues(kind: StorageKind) async throws {
        let row = try await withStorage(kind) { storage in
            try await storage.read { db in
                try db.fetchOne("SELECT 42, 2.5, 'text', NULL")
            }
        }
        let values = try #require(row)
        #expect(values[0] == .integer(42))
        #expect(values[1] == .double(2.5))
        #expect(values[2] == .text("text"))
        #expect(values[3] == .null)
        #expect(values.count == 4)
    }

    @Test("text holding NUL is refused with the same error", arguments: StorageKind.allCases)
    func nulInText(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            try await storage.write { db in try SampleTable.create(db) }
            await expectDatabaseError(.invalidValue) {
                try await storage.write { db in
                    try db.execute(
                        "INSERT INTO samples (id, label) VALUES ($1, $2)",
                        [.uuid(UUID()), .text("before\u{0}after")])
                }
            }
            let count = try await storage.read { db in
                try db.fetchOne("SELECT count(*) FROM samples")!.decode(Int.self, at: 0)
            }
            #expect(count == 0)
        }
    }

    @Test("a string-backed enum refuses an unknown stored value", arguments: StorageKind.allCases)
    func unknownEnumValue(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let error = await expectDatabaseError(.decodingFailed) {
                _ = try await storage.read { db in
                    try db.fetchOne("SELECT 'retired' AS status")!.decode(
                        SampleStatus.self, at: 0)
                }
            }
            #expect(error?.column == "status")
            #expect(error?.message.contains("retired") == true)
        }
    }

    @Test("NULL read as a non-optional type names the column", arguments: StorageKind.allCases)
    func nullIntoNonOptional(kind: StorageKind) async throws {
        try await withStorage(kind) { storage in
            let error = await expectDatabaseError(.decodingFailed) {
                _ = try await storage.read { db in
                    try db.fetchOne("SELECT NULL AS nickname")!.decode(String.self, at: 0)
                }
            }
            #expect(error?.column == "nickname")
        }
    }
}
