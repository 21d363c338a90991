import Foundation

/// tandem-bench: runs each workload through Tandem and through plain C against the same
/// library, alternating, and prints the median of each and their ratio.
do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    print(
        "tandem-bench: \(options.contents) contents, \(options.runs) runs per side, median reported"
    )
    let data = BenchDataset.make(count: options.contents)
    var results: [Measurement] = []
    if options.engines.contains("sqlite") {
        results += try await SQLiteBench(options: options, data: data).run()
    }
    if options.engines.contains("postgresql") {
        results += try await PostgresBench(options: options, data: data).run()
    }

    print("\n" + Measurement.header)
    for result in results { print(result.line) }
    if let path = options.jsonPath {
        let json = try JSONSerialization.data(
            withJSONObject: results.map(\.json), options: [.prettyPrinted, .sortedKeys])
        try json.write(to: URL(fileURLWithPath: path))
        print("wrote \(path)")
    }
} catch {
    FileHandle.standardError.write(Data("tandem-bench: \(error)\n".utf8))
    exit(1)
}
