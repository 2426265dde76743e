import DieuHanhCore
import Foundation

/// The report's wording and table rows, in one place: the DOCX, XLSX and HTML renderers print these as they are.
extension ReviewReport {
    /// A numbered section of the body.
    struct Section: Sendable {
        var heading: String
        var paragraphs: [String]
    }

    var introSentence: String { "\(provinceName) báo cáo kết quả công tác chỉ đạo, điều hành \(period.label) như sau:" }

    var sections: [Section] {
        [
            Section(
                heading: "1. Kết quả thực hiện nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao",
                paragraphs: [governmentParagraph]),
            Section(
                heading: "2. Kết quả thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao",
                paragraphs: [documentsAndMeetingsSentence].compactMap { $0 } + [provinceHeadline]),
            Section(
                heading: "3. Nhiệm vụ giao các Bộ, cơ quan trung ương có liên quan đến địa phương",
                paragraphs: [ministriesSentence]),
            Section(
                heading: "4. Kết quả thực hiện nhiệm vụ theo đơn vị chủ trì",
                paragraphs: [Self.pointing(lateUnitsSentence, to: "Phụ lục III")]),
            programmeSection,
            indicatorsSection,
        ] + otherSourcesSection
    }

    /// "7. …": the Party committee's and the council's tasks of the period, and every group's tasks carried over into
    /// it (DOMAIN §3), each on its own line; nothing when there are none, so a report without them reads as before.
    var otherSourcesSection: [Section] {
        guard let figures else { return [] }
        func counts(_ t: ReviewFiguresJSON.Tasks) -> TaskCounts {
            TaskCounts(
                completedOnTime: t.completed_on_time, completedLate: t.completed_late,
                pendingWithinDeadline: t.pending_within_deadline, pendingOverdue: t.pending_overdue,
                pendingNoDeadline: t.pending_no_deadline)
        }
        var paragraphs: [String] = []
        for (group, source) in [(figures.party, "Tỉnh ủy"), (figures.council, "HĐND tỉnh")] where group.total > 0 {
            paragraphs.append(
                ReviewProse.tasks(counts(group), started: group.started, documents: group.documents, source: source))
        }
        let carried = figures.carried_over
        for (group, source) in [
            (carried.government, "Chính phủ, Thủ tướng Chính phủ"), (carried.party, "Tỉnh ủy"), (carried.council, "HĐND tỉnh"),
            (carried.province, "\(provinceShortName), Chủ tịch UBND tỉnh"),
        ] {
            if let sentence = ReviewProse.carriedOver(counts(group), source: source) { paragraphs.append(sentence) }
        }
        guard !paragraphs.isEmpty else { return [] }
        return [
            Section(heading: "7. Nhiệm vụ do Tỉnh ủy, HĐND tỉnh giao và nhiệm vụ từ kỳ trước chuyển sang", paragraphs: paragraphs)
        ]
    }

    /// The Government's tasks, pointing at their appendix when there are any.
    var governmentParagraph: String {
        government.total > 0 ? Self.pointing(governmentHeadline, to: "Phụ lục I") : governmentHeadline
    }

    /// The documents the committee issued and received and the meetings it held, recorded and entered (seeds 001 and
    /// 002 open their results with them); nil when there are none.
    var documentsAndMeetingsSentence: String? {
        figures.flatMap { ReviewProse.documentsAndMeetings($0.officeFigures) }
    }

    /// "Trên đây là báo cáo kết quả công tác …/."
    var closingSentence: String {
        guard let first = title.first else { return "" }
        return "Trên đây là báo cáo \(first.lowercased() + title.dropFirst())./."
    }

    var ministriesSentence: String {
        let subject = "nhiệm vụ giao các Bộ, cơ quan trung ương có liên quan đến địa phương nhưng chưa được triển khai thực hiện"
        return ministriesOverdue.isEmpty
            ? "Không có \(subject)."
            : "Có \(VNFormat.count(ministriesOverdue.count)) \(subject) (chi tiết tại Phụ lục II)."
    }

    /// "… quá hạn)." + "Phụ lục I" → "… quá hạn) (chi tiết tại Phụ lục I)."
    static func pointing(_ sentence: String, to appendix: String) -> String {
        (sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence) + " (chi tiết tại \(appendix))."
    }

    /// Appendix I, point 1, as seed 001 writes it: level 1 lines start with "-", level 2 with "+".
    var governmentLines: [(level: Int, text: String)] {
        let c = government
        var pending =
            "+ Số nhiệm vụ chưa hoàn thành: \(VNFormat.count(c.pending)), trong đó: "
            + "trong hạn: \(VNFormat.count(c.pendingWithinDeadline)); quá hạn: \(VNFormat.count(c.pendingOverdue))"
        if c.pendingNoDeadline > 0 { pending += "; không thời hạn: \(VNFormat.count(c.pendingNoDeadline))" }
        var lines: [(level: Int, text: String)] = [
            (
                1,
                "- Tổng số nhiệm vụ giao: \(VNFormat.count(c.total)) nhiệm vụ (trong \(VNFormat.count(governmentDocuments)) văn bản)"
            ),
            (
                2,
                "+ Số nhiệm vụ đã hoàn thành: \(VNFormat.count(c.completed)), trong đó: "
                    + "đúng hạn: \(VNFormat.count(c.completedOnTime)); quá hạn: \(VNFormat.count(c.completedLate))"
            ),
            (2, pending),
        ]
        if let rate = VNFormat.percent(c.completed, of: c.total) {
            lines.append((1, "- \(TaskRate.Kind.completion.label): \(rate)"))
        }
        return lines
    }

    /// Every unit together, for the "Tổng cộng" row.
    var unitsTotal: UnitLine {
        UnitLine(
            name: "Tổng cộng", counts: units.reduce(TaskCounts()) { $0 + $1.counts },
            daysLateTotal: units.reduce(0) { $0 + $1.daysLateTotal })
    }

    /// Appendix III as text rows (HTML); the "Tổng cộng" row last.
    var unitRows: [[String]] {
        units.enumerated().map { i, u in [String(i + 1), u.name] + Self.countCells(u.counts) + [u.averageDaysLateText] }
            + [["", unitsTotal.name] + Self.countCells(unitsTotal.counts) + [unitsTotal.averageDaysLateText]]
    }

    /// A unit row's figures: total, the five buckets, the on-time rate.
    static func countCells(_ c: TaskCounts) -> [String] {
        [c.total, c.completedOnTime, c.completedLate, c.pendingWithinDeadline, c.pendingOverdue, c.pendingNoDeadline].map(
            VNFormat.integer)
            + [VNFormat.percent(c.completedOnTime, of: c.total) ?? "—"]
    }
}
