import CBenchBaseline
import Foundation
import Tandem

/// The C side of the five read workloads on one engine, each returning its seconds.
struct ReadBaselines {
    let fetch: () throws -> Double
    let paginate: () throws -> Double
    let lookup: () throws -> Double
    let contains: () throws -> Double
    let stream: () throws -> Double
}

/// The C read functions of one engine: SQLite's and PostgreSQL's share these shapes, the
/// first argument being a database path or a connection URL.
struct CReadFunctions {
    typealias Text = UnsafePointer<CChar>?
    typealias Count = UnsafeMutablePointer<Int64>?
    typealias Message = UnsafeMutablePointer<CChar>?

    let name: String
    let fetch: (Text, Count, Message) -> Double
    let paginate: (Text, Text, Text, Int32, Int32, Count, Message) -> Double
    let lookup: (Text, UnsafePointer<Text>?, Int32, Count, Message) -> Double
    let contains: (Text, Text, UnsafePointer<Text>?, Int32, Count, Message) -> Double
    let stream: (Text, Int64, Count, Message) -> Double
}

extension ReadBaselines {
    /// The baselines that call `functions` on `target` (a path or URL) with the same inputs the
    /// Tandem side gets; `rows` owns the C strings.
    init(
        _ functions: CReadFunctions, target: String, data: BenchDataset, options: BenchOptions,
        rows: BaselineRows
    ) {
        let ids = rows.cStrings(
            BenchDataset.lookupIndexes(options: options, data: data).map {
                UUIDText.text(of: data.contents[$0].id)
            })
        let tags = rows.cStrings(data.queriedTags(count: options.containsQueries))
        let userID = UUIDText.text(of: data.userID)
        let name = functions.name
        var read: Int64 = 0
        self.init(
            fetch: { try baseline("\(name) fetch") { functions.fetch(target, &read, $0) } },
            paginate: {
                try baseline("\(name) paginate") {
                    functions.paginate(
                        target, userID, "draft", Int32(options.pages), Int32(options.pageSize),
                        &read, $0)
                }
            },
            lookup: {
                try ids.withUnsafeBufferPointer { buffer in
                    try baseline("\(name) lookup") {
                        functions.lookup(target, buffer.baseAddress, Int32(buffer.count), &read, $0)
                    }
                }
            },
            contains: {
                try tags.withUnsafeBufferPointer { buffer in
                    try baseline("\(name) contains") {
                        functions.contains(
                            target, userID, buffer.baseAddress, Int32(buffer.count), &read, $0)
                    }
                }
            },
            stream: {
                try baseline("\(name) stream") {
                    functions.stream(target, Int64(options.streamRows), &read, $0)
                }
            })
    }
}

/// Runs fetch, paginate, lookup, contains and stream `options.runs` times per side,
/// alternating which side goes first, on a storage already loaded with `data`.
func measureReads(
    engine: String, storage: any Storage, data: BenchDataset, options: BenchOptions,
    baselines: ReadBaselines
) async throws -> [Measurement] {
    var fetch = Measurement(workload: "fetch", engine: engine)
    var paginate = Measurement(workload: "paginate", engine: engine)
    var lookup = Measurement(workload: "lookup", engine: engine)
    var contains = Measurement(workload: "contains", engine: engine)
    var stream = Measurement(workload: "stream", engine: engine)
    let lookupIDs = BenchDataset.lookupIndexes(options: options, data: data).map {
        data.contents[$0].id
    }
    print("\(engine): fetch, paginate, lookup, contains, stream")

    for run in 0..<options.runs {
        for isC in run % 2 == 0 ? [true, false] : [false, true] {
            if isC {
                fetch.baseline.append(try baselines.fetch())
                paginate.baseline.append(try baselines.paginate())
                lookup.baseline.append(try baselines.lookup())
                contains.baseline.append(try baselines.contains())
                stream.baseline.append(try baselines.stream())
                // The same reads again, each row decoded into a typed C struct.
                bench_set_typed_reads(1)
                defer { bench_set_typed_reads(0) }
                fetch.typedBaseline.append(try baselines.fetch())
                paginate.typedBaseline.append(try baselines.paginate())
                lookup.typedBaseline.append(try baselines.lookup())
                contains.typedBaseline.append(try baselines.contains())
                continue
            }
            fetch.tandem.append(try await TandemWorkloads.fetch(storage).0)
            paginate.tandem.append(
                try await TandemWorkloads.paginate(
                    storage, data, pages: options.pages, pageSize: options.pageSize
                ).0)
            lookup.tandem.append(try await TandemWorkloads.lookup(storage, ids: lookupIDs).0)
            contains.tandem.append(
                try await TandemWorkloads.contains(storage, data, queries: options.containsQueries)
                    .0)
            let (seconds, _, peak) = try await TandemWorkloads.stream(
                storage, rows: options.streamRows)
            stream.tandem.append(seconds)
            stream.peakMemoryBytes = max(stream.peakMemoryBytes ?? 0, peak ?? 0)
        }
    }
    return [fetch, paginate, lookup, contains, stream]
}

extension BenchDataset {
    /// Which contents the lookup workload asks for, spread over the table.
    static func lookupIndexes(options: BenchOptions, data: BenchDataset) -> [Int] {
        (0..<options.lookups).map { ($0 * 7919) % data.contents.count }
    }

    /// Which tags the containment workload asks for.
    func queriedTags(count: Int) -> [String] {
        (0..<count).map { tagVocabulary[($0 * 37) % tagVocabulary.count] }
    }
}
