import CBenchBaseline
import CreatorModels
import Foundation
import Tandem
import TandemPostgres

/// The workloads on a throwaway PostgreSQL server started for the run.
struct PostgresBench {
    let options: BenchOptions
    let data: BenchDataset

    /// Drops and recreates the `bench` schema with the AI Creator tables, its user and project.
    func resetSchema(_ admin: PostgresStorage) async throws {
        try await admin.write { [data] db in
            try db.executeScript("DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench")
            try db.executeScript("SET LOCAL search_path TO bench, public")
            try CreatorSchema.create(in: db)
            try db.execute(
                "INSERT INTO users (id, email) VALUES ($1, $2)",
                [.uuid(data.userID), "bench@example.com"])
            try db.execute(
                "INSERT INTO projects (id, user_id, name) VALUES ($1, $2, $3)",
                [.uuid(data.projectID), .uuid(data.userID), "基准"])
        }
    }

    func run() async throws -> [Measurement] {
        print("postgresql: starting a throwaway server")
        let server = try PostgresServer.start()
        defer { server.stop() }
        let url = server.url + "&options=-c%20search_path%3Dbench,public"
        let admin = try await PostgresStorage(url: server.url)
        let rows = BaselineRows(data, dialect: .postgresql)

        var insert = Measurement(workload: "insert", engine: "postgresql")
        var batch = Measurement(workload: "insert_batch", engine: "postgresql")
        batch.note = "C: COPY; Tandem: insert(contentsOf:), which uses COPY too"
        print("postgresql: insert, insert_batch")
        for run in 0..<(options.includesInserts ? options.runs : 0) {
            let order = run % 2 == 0 ? [0, 1, 2, 3] : [3, 2, 1, 0]
            for side in order {
                try await resetSchema(admin)
                switch side {
                case 0:
                    insert.baseline.append(
                        try rows.rows.withUnsafeBufferPointer { buffer in
                            try baseline("pg insert") {
                                bench_pg_insert(url, buffer.baseAddress, Int32(buffer.count), $0)
                            }
                        })
                case 1:
                    batch.baseline.append(
                        try rows.rows.withUnsafeBufferPointer { buffer in
                            try baseline("pg copy") {
                                bench_pg_copy(url, buffer.baseAddress, Int32(buffer.count), $0)
                            }
                        })
                case 2:
                    let storage = try await PostgresStorage(url: url)
                    insert.tandem.append(try await TandemWorkloads.insert(storage, data))
                    await storage.close()
                default:
                    let storage = try await PostgresStorage(url: url)
                    batch.tandem.append(try await TandemWorkloads.insertBatch(storage, data))
                    await storage.close()
                }
            }
        }

        try await resetSchema(admin)
        let storage = try await PostgresStorage(url: url)
        _ = try await TandemWorkloads.insertBatch(storage, data)
        try await admin.write { db in try db.executeScript("ANALYZE bench.contents") }

        let functions = CReadFunctions(
            name: "pg", fetch: bench_pg_fetch, paginate: bench_pg_paginate,
            lookup: bench_pg_lookup, contains: bench_pg_contains, stream: bench_pg_stream)
        let baselines = ReadBaselines(
            functions, target: url, data: data, options: options, rows: rows)
        let reads = try await measureReads(
            engine: "postgresql", storage: storage, data: data, options: options,
            baselines: baselines)
        let claim = try await claim(storage, url: url)
        await storage.close()
        await admin.close()
        return (options.includesInserts ? [insert, batch] : []) + reads + [claim]
    }

    /// Workload 7 with four concurrent workers on each side.
    private func claim(_ storage: PostgresStorage, url: String) async throws -> Measurement {
        print("postgresql: claim")
        let workers = 4
        var claim = Measurement(workload: "claim", engine: "postgresql")
        claim.note = "\(workers) workers, batches of \(ClaimWorkload.batchSize)"
        try await ClaimWorkload.seed(storage, data, count: options.claims)
        // The C side connects its workers before its clock: open the pool's connections
        // before Tandem's clock too.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    _ = try await storage.write { db in try db.fetchAll("SELECT pg_sleep(0.05)") }
                }
            }
            try await group.waitForAll()
        }
        let now = Timestamp.postgresText(
            microsecondsSince1970: Timestamp.microseconds(since1970: ClaimWorkload.now))
        for run in 0..<options.runs {
            for side in run % 2 == 0 ? [0, 1] : [1, 0] {
                try await ClaimWorkload.reset(storage)
                if side == 0 {
                    var claimed: Int64 = 0
                    claim.baseline.append(
                        try baseline("pg claim") {
                            bench_pg_claim(
                                url, Int32(workers), now, String(ClaimWorkload.batchSize),
                                &claimed, $0)
                        })
                    try ClaimWorkload.check("C", claimed: Int(claimed), expected: options.claims)
                } else {
                    let (time, claimed) = try await ClaimWorkload.tandem(storage, workers: workers)
                    claim.tandem.append(time)
                    try ClaimWorkload.check("Tandem", claimed: claimed, expected: options.claims)
                }
            }
        }
        return claim
    }
}
