import Foundation

/// A throwaway PostgreSQL server for the benchmark, started with the project's own script.
struct PostgresServer {
    let folder: String
    let url: String
    private static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/postgres-server.sh").path

    static func start() throws -> PostgresServer {
        let folder = "/tmp/tandem-bench-pg-\(getpid())"
        let url = try run(["start", folder])
        return PostgresServer(folder: folder, url: url)
    }

    func stop() {
        _ = try? Self.run(["stop", folder])
    }

    /// Runs the script and returns what it printed (spawned and reaped directly).
    private static func run(_ arguments: [String]) throws -> String {
        let output = "/tmp/tandem-bench-script-\(getpid())"
        defer { unlink(output) }
        let command =
            ([script] + arguments).map { "'\($0)'" }.joined(separator: " ")
            + " > '\(output)' < /dev/null"
        let words: [String] = ["/bin/bash", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/bash", nil, nil, argv, environ) == 0 else {
            throw BenchError("cannot run \(script)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw BenchError("\(script) \(arguments) failed") }
        return (try String(contentsOfFile: output, encoding: .utf8))
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
