import Foundation

/// What to run and how big, from the command line.
struct BenchOptions {
    var contents = 100_000
    var pages = 1000
    var pageSize = 100
    var lookups = 10_000
    var containsQueries = 1000
    var streamRows = 1_000_000
    var claims = 10_000
    var runs = 3
    var jsonPath: String?
    var engines: Set<String> = ["sqlite", "postgresql"]
    /// Whether to measure the insert workloads (a profile of reads can skip them).
    var includesInserts = true

    static let usage = """
        usage: tandem-bench [--quick | --smoke] [--runs N] [--engine sqlite|postgresql] [--json FILE]
          --quick    a reduced size that finishes in about a minute
          --smoke    a tiny size that only checks every workload runs (CI)
          --reads-only  skip the insert workloads (for profiling the reads)
          --runs N   runs per workload and side; the median is reported (default 3)
        """

    init(arguments: [String]) throws {
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("missing value\n" + Self.usage) }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--quick":
                contents = 10_000
                pages = 100
                lookups = 1000
                containsQueries = 100
                streamRows = 100_000
                claims = 1_000
                runs = 3
            case "--smoke":
                contents = 500
                pages = 5
                lookups = 50
                containsQueries = 10
                streamRows = 2000
                claims = 100
                runs = 1
            case "--runs":
                guard let runs = Int(try value()), runs > 0 else { throw BenchError(Self.usage) }
                self.runs = runs
            case "--json":
                jsonPath = try value()
            case "--engine":
                let engine = try value()
                guard ["sqlite", "postgresql"].contains(engine) else {
                    throw BenchError(Self.usage)
                }
                engines = [engine]
            case "--reads-only":
                includesInserts = false
            case "--help", "-h":
                throw BenchError(Self.usage)
            default:
                throw BenchError("unknown argument \(arguments[index])\n" + Self.usage)
            }
            index += 1
        }
    }
}
