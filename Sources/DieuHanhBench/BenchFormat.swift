import DieuHanhApp
import DieuHanhCore
import Foundation

/// Durations and the table of the benchmark's output.
public enum BenchFormat {
    public struct Summary {
        public let min, median, p95, p99, max: Double

        /// Nearest-rank percentiles of the measured times.
        public init(_ times: [Double]) {
            let sorted = times.sorted()
            func rank(_ p: Double) -> Double { sorted[Swift.max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
            (min, median, p95, p99, max) = (sorted.first!, rank(0.5), rank(0.95), rank(0.99), sorted.last!)
        }
    }

    public static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1_000 + Double(d.components.attoseconds) / 1e15
    }

    public static func ms(_ value: Double) -> String { VNFormat.decimal(Decimal(value), fractionDigits: 1) + " ms" }

    public static func duration(_ d: Duration) -> String {
        let ms = milliseconds(d)
        return ms < 10_000 ? self.ms(ms) : VNFormat.decimal(Decimal(ms / 1_000), fractionDigits: 1) + " s"
    }

    /// A figure's row: name, median, p99, max, target, result, note.
    public static func row(_ figure: BenchKit.Figure) -> String {
        let s =
            figure.reported
            ?? {
                let s = Summary(figure.times)
                return (s.median, s.p99, s.max)
            }()
        return row([
            figure.name, ms(s.median), ms(s.p99), ms(s.max), figure.target,
            figure.met.map { $0 ? "đạt" : "CHƯA ĐẠT" } ?? "", figure.note,
        ])
    }

    public static func row(_ cells: [String]) -> String {
        let widths = [54, 11, 11, 11, 12, 10, 0]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined()
    }
}
