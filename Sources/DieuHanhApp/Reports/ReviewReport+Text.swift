import DieuHanhCore
import Foundation

/// The report's sentences and table rows that every renderer (DOCX, XLSX, HTML) prints the same way.
extension ReviewReport {
    /// Section 1 of the body: the Government's tasks, pointing to appendix I.
    var governmentParagraph: String { Self.pointing(governmentHeadline, to: "Phụ lục I") }

    /// Who is late, pointing to appendix III.
    var lateUnitsParagraph: String { Self.pointing(lateUnitsSentence, to: "Phụ lục III") }

    /// "… quá hạn)." + "Phụ lục I" → "… quá hạn) (chi tiết tại Phụ lục I)."
    static func pointing(_ sentence: String, to appendix: String) -> String {
        (sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence) + " (chi tiết tại \(appendix))."
    }

    var ministriesSentence: String {
        ministriesOverdue.isEmpty
            ? "Không có nhiệm vụ giao các Bộ, cơ quan trung ương có liên quan đến địa phương đã quá hạn mà chưa được triển khai thực hiện."
            : "Có \(VNFormat.count(ministriesOverdue.count)) nhiệm vụ giao các Bộ, cơ quan trung ương có liên quan đến địa phương "
                + "chưa được triển khai thực hiện (chi tiết tại Phụ lục II)."
    }

    /// The lines of appendix I, point 1, as seed 001 writes them.
    var governmentLines: [String] {
        let c = government
        var lines = ["Tổng số nhiệm vụ giao: \(VNFormat.count(c.total)) nhiệm vụ",
                     "Số nhiệm vụ đã hoàn thành: \(VNFormat.count(c.completed)), trong đó: đúng hạn: \(c.completedOnTime)/\(c.completed); quá hạn: \(c.completedLate)",
                     "Số nhiệm vụ chưa hoàn thành: \(VNFormat.count(c.pending)), trong đó: trong hạn: \(VNFormat.count(c.pendingWithinDeadline)); quá hạn: \(c.pendingOverdue)"]
        if c.pendingNoDeadline > 0 { lines.append("Nhiệm vụ không thời hạn chưa hoàn thành: \(VNFormat.count(c.pendingNoDeadline))") }
        return lines
    }

    var unitRows: [[String]] {
        var rows = units.enumerated().map { i, u in
            [String(i + 1), u.name] + Self.countCells(u.counts)
                + [u.averageDaysLate.map { VNFormat.decimal(Decimal($0), fractionDigits: 1) } ?? "—"]
        }
        let total = units.reduce(TaskCounts()) { $0 + $1.counts }
        rows.append(["", "Tổng cộng"] + Self.countCells(total) + [""])
        return rows
    }

    /// A unit row's figures: total, the five buckets, the on-time rate.
    static func countCells(_ c: TaskCounts) -> [String] {
        [c.total, c.completedOnTime, c.completedLate, c.pendingWithinDeadline, c.pendingOverdue, c.pendingNoDeadline].map(VNFormat.integer)
            + [VNFormat.percent(c.completedOnTime, of: c.total) ?? "—"]
    }

}
