import CBenchBaseline
import CreatorModels
import Foundation
import Tandem
import TandemSQLite

/// The workloads on an SQLite file in WAL mode.
struct SQLiteBench {
    let options: BenchOptions
    let data: BenchDataset
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("tandem-bench-\(getpid())").path

    /// A fresh database file with the AI Creator schema, its user and its project.
    func freshDatabase(_ name: String) async throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name + ".sqlite"
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        let storage = try await SQLiteStorage(path: path)
        try await storage.write { [data] db in
            try CreatorSchema.create(in: db)
            try db.execute(
                "INSERT INTO users (id, email) VALUES ($1, $2)",
                [.uuid(data.userID), "bench@example.com"])
            try db.execute(
                "INSERT INTO projects (id, user_id, name) VALUES ($1, $2, $3)",
                [.uuid(data.projectID), .uuid(data.userID), "基准"])
        }
        await storage.close()
        return path
    }

    func run() async throws -> [Measurement] {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rows = BaselineRows(data, dialect: .sqlite)
        var insert = Measurement(workload: "insert", engine: "sqlite")
        var batch = Measurement(workload: "insert_batch", engine: "sqlite")
        batch.note = "C: the same prepared loop (SQLite has no faster bulk path)"
        print("sqlite: insert, insert_batch")
        for run in 0..<(options.includesInserts ? options.runs : 0) {
            let cFirst = run % 2 == 0
            for side in cFirst ? [0, 1, 2] : [2, 1, 0] {
                let path = try await freshDatabase("insert")
                switch side {
                case 0:
                    let seconds = try rows.rows.withUnsafeBufferPointer { buffer in
                        try baseline("sqlite insert") {
                            bench_sqlite_insert(path, buffer.baseAddress, Int32(buffer.count), $0)
                        }
                    }
                    insert.baseline.append(seconds)
                    batch.baseline.append(seconds)
                case 1:
                    let storage = try await SQLiteStorage(path: path)
                    insert.tandem.append(try await TandemWorkloads.insert(storage, data))
                    await storage.close()
                default:
                    let storage = try await SQLiteStorage(path: path)
                    batch.tandem.append(try await TandemWorkloads.insertBatch(storage, data))
                    await storage.close()
                }
            }
        }

        let path = try await freshDatabase("read")
        let loader = try await SQLiteStorage(path: path)
        _ = try await TandemWorkloads.insertBatch(loader, data)
        try await loader.write { db in try db.executeScript("ANALYZE") }
        await loader.close()
        let storage = try await SQLiteStorage(path: path)

        let functions = CReadFunctions(
            name: "sqlite", fetch: bench_sqlite_fetch, paginate: bench_sqlite_paginate,
            lookup: bench_sqlite_lookup, contains: bench_sqlite_contains,
            stream: bench_sqlite_stream)
        let baselines = ReadBaselines(
            functions, target: path, data: data, options: options, rows: rows)
        let reads: [Measurement]
        do {
            reads = try await measureReads(
                engine: "sqlite", storage: storage, data: data, options: options,
                baselines: baselines)
        } catch {
            await storage.close()
            throw error
        }
        // Closed before the folder is removed, so no connection writes into it afterwards.
        await storage.close()
        return (options.includesInserts ? [insert, batch] : []) + reads
            + [try await claim(path)]
    }

    /// Workload 7 through the one writer SQLite has.
    private func claim(_ path: String) async throws -> Measurement {
        print("sqlite: claim")
        var claim = Measurement(workload: "claim", engine: "sqlite")
        claim.note = "one writer, batches of \(ClaimWorkload.batchSize)"
        let storage = try await SQLiteStorage(path: path)
        do {
            try await ClaimWorkload.seed(storage, data, count: options.claims)
            let now = Timestamp.microseconds(since1970: ClaimWorkload.now)
            for run in 0..<options.runs {
                for side in run % 2 == 0 ? [0, 1] : [1, 0] {
                    try await ClaimWorkload.reset(storage)
                    if side == 0 {
                        var claimed: Int64 = 0
                        claim.baseline.append(
                            try baseline("sqlite claim") {
                                bench_sqlite_claim(
                                    path, now, Int32(ClaimWorkload.batchSize), &claimed, $0)
                            })
                        try ClaimWorkload.check(
                            "C", claimed: Int(claimed), expected: options.claims)
                    } else {
                        let (time, claimed) = try await ClaimWorkload.tandem(storage, workers: 1)
                        claim.tandem.append(time)
                        try ClaimWorkload.check(
                            "Tandem", claimed: claimed, expected: options.claims)
                    }
                }
            }
        } catch {
            await storage.close()
            throw error
        }
        await storage.close()
        return claim
    }
}
