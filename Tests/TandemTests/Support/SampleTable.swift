import Foundation
import Tandem

/// A string-backed enum, as the models use them.
enum SampleStatus: String, CaseIterable, DatabaseValueConvertible {
    case draft
    case published
}

/// A table with one column of every value type Tandem supports, written by hand per dialect
/// (the schema DSL is tested elsewhere).
enum SampleTable {
    static func create(_ db: Database) throws {
        switch db.dialect {
        case .postgresql:
            try db.executeScript(
                """
                CREATE TABLE samples (
                    id uuid PRIMARY KEY,
                    number bigint,
                    ratio double precision,
                    label text,
                    payload bytea,
                    flag boolean,
                    reference uuid,
                    moment timestamptz,
                    document jsonb,
                    tags text[],
                    status text
                )
                """)
        default:
            try db.executeScript(
                """
                CREATE TABLE samples (
                    id TEXT PRIMARY KEY,
                    number INTEGER,
                    ratio REAL,
                    label TEXT,
                    payload BLOB,
                    flag INTEGER,
                    reference TEXT,
                    moment INTEGER,
                    document TEXT,
                    tags TEXT,
                    status TEXT
                ) STRICT
                """)
        }
    }

    static let insertSQL = """
        INSERT INTO samples (id, number, ratio, label, payload, flag, reference, moment, document,
            tags, status)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """

    static let selectSQL = """
        SELECT id, number, ratio, label, payload, flag, reference, moment, document, tags, status
        FROM samples ORDER BY id
        """

    /// A table of users for constraint tests: unique email, a check, a foreign key.
    static func createUsersAndPosts(_ db: Database) throws {
        let idType = db.dialect == .postgresql ? "bigint" : "INTEGER"
        try db.executeScript(
            """
            CREATE TABLE people (
                id \(idType) PRIMARY KEY,
                email text NOT NULL UNIQUE,
                age \(idType) CONSTRAINT ck_people_age CHECK (age >= 0)
            );
            CREATE TABLE posts (
                id \(idType) PRIMARY KEY,
                author_id \(idType) NOT NULL REFERENCES people (id)
            )
            """)
    }
}

/// One row of `samples` as Swift values.
struct Sample: Equatable, Sendable {
    var id: UUID
    var number: Int64?
    var ratio: Double?
    var label: String?
    var payload: Data?
    var flag: Bool?
    var reference: UUID?
    var moment: Date?
    var document: JSONValue?
    var tags: [String]?
    var status: SampleStatus?

    var arguments: [DatabaseValue] {
        [
            id.databaseValue, number.databaseValue, ratio.databaseValue, label.databaseValue,
            payload.databaseValue, flag.databaseValue, reference.databaseValue,
            moment.databaseValue, document.databaseValue, tags.databaseValue,
            status.databaseValue,
        ]
    }

    init(
        id: UUID, number: Int64? = nil, ratio: Double? = nil, label: String? = nil,
        payload: Data? = nil, flag: Bool? = nil, reference: UUID? = nil, moment: Date? = nil,
        document: JSONValue? = nil, tags: [String]? = nil, status: SampleStatus? = nil
    ) {
        self.id = id
        self.number = number
        self.ratio = ratio
        self.label = label
        self.payload = payload
        self.flag = flag
        self.reference = reference
        self.moment = moment
        self.document = document
        self.tags = tags
        self.status = status
    }

    init(row: Row) throws {
        id = try row.decode(at: 0)
        number = try row.decode(at: 1)
        ratio = try row.decode(at: 2)
        label = try row.decode(at: 3)
        payload = try row.decode(at: 4)
        flag = try row.decode(at: 5)
        reference = try row.decode(at: 6)
        moment = try row.decode(at: 7)
        document = try row.decode(at: 8)
        tags = try row.decode(at: 9)
        status = try row.decode(at: 10)
    }

    /// Values at the edges of every type: extremes, Unicode, quoting characters, UUIDs made
    /// only of decimal digits, microsecond timestamps.
    static let edgeCases: [Sample] = [
        Sample(
            id: UUID(uuidString: "12345678-1234-1234-1234-123456789012")!,
            number: Int64.max, ratio: 0.1, label: "plain", payload: Data([0, 1, 2, 0, 255]),
            flag: true, reference: UUID(uuidString: "00000000-0000-0000-0000-000000000000")!,
            moment: Date(timeIntervalSince1970: 1_764_780_278.123456),
            document: ["language": "zh", "n": 3, "nested": ["a": [1, 2.5, nil, true]]],
            tags: ["美食", "旅行", "a,b", "quote\"d", "back\\slash", "{braces}", "NULL", ""],
            status: .published),
        Sample(
            id: UUID(uuidString: "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE")!,
            number: Int64.min, ratio: -1.5e300, label: "中文，标点；emoji 🎉 and 'quotes'; -- DROP",
            payload: Data(), flag: false, reference: UUID(),
            moment: Date(timeIntervalSince1970: -1_000_000.000001),
            document: .array([.string("x\u{1}y"), .integer(-9_007_199_254_740_993)]),
            tags: [], status: .draft),
        Sample(id: UUID(uuidString: "99999999-9999-9999-9999-999999999999")!),
    ]
}
