import Foundation

/// The timings of one workload on one engine, Tandem's and the C baselines', run by run.
///
/// `baseline` is the C side copying each value's bytes; `typedBaseline`, measured for the
/// reads of `Content` records, is the C side decoding each row into a typed struct (the same
/// work as the records API: see `bench_set_typed_reads`).
struct Measurement {
    let workload: String
    let engine: String
    var tandem: [Double] = []
    var baseline: [Double] = []
    var typedBaseline: [Double] = []
    var peakMemoryBytes: Int?
    var note: String?

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    var tandemSeconds: Double { Self.median(tandem) }
    var baselineSeconds: Double { Self.median(baseline) }
    var ratio: Double { tandemSeconds / baselineSeconds }
    var typedBaselineSeconds: Double? {
        typedBaseline.isEmpty ? nil : Self.median(typedBaseline)
    }
    var typedRatio: Double? { typedBaselineSeconds.map { tandemSeconds / $0 } }

    var json: [String: Any] {
        var object: [String: Any] = [
            "workload": workload, "engine": engine, "tandem_seconds": tandemSeconds,
            "baseline_seconds": baselineSeconds, "ratio": ratio,
        ]
        if let peakMemoryBytes { object["peak_memory_bytes"] = peakMemoryBytes }
        if let typedBaselineSeconds, let typedRatio {
            object["typed_baseline_seconds"] = typedBaselineSeconds
            object["typed_ratio"] = typedRatio
        }
        return object
    }

    var line: String {
        func format(_ value: Double) -> String { String(format: "%9.4f", value) }
        var text =
            workload.padding(toLength: 13, withPad: " ", startingAt: 0)
            + engine.padding(toLength: 11, withPad: " ", startingAt: 0)
            + format(tandemSeconds) + " " + format(baselineSeconds)
            + String(format: "%8.2fx", ratio)
        if let typedBaselineSeconds, let typedRatio {
            text += " " + format(typedBaselineSeconds) + String(format: "%8.2fx", typedRatio)
        } else {
            text += String(repeating: " ", count: 19)
        }
        if let peakMemoryBytes {
            text += String(format: "   peak +%.1f MB", Double(peakMemoryBytes) / 1_048_576)
        }
        if let note { text += "   " + note }
        return text
    }

    static let header =
        "workload     engine      tandem (s) C (s)      Tandem/C  C typed (s) Tandem/C typed"
}
