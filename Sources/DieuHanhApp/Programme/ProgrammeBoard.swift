import DieuHanhCore
import Foundation

/// The programme laid out by month with quarter subtotals, and the list of what is due, from evaluated rows.
/// Plain functions over `ProgrammeQuery.Row`s, so the pages' content can be tested without HTTP.
enum ProgrammeBoard {
    /// One line of the summary table: a month, a quarter subtotal or the whole period.
    struct SummaryLine: Sendable {
        enum Level: Sendable { case month, quarter, period }
        var label: String
        var range: MonthRange
        var counts: ProgrammeCounts
        var level: Level
    }

    /// An item as shown under one month.
    struct Line: Sendable {
        var row: ProgrammeQuery.Row
        /// The status shown in this month (`postponed` for an item that left it).
        var status: ProgrammeItemStatus
        /// The month the item came from, when it was postponed into this one.
        var movedFrom: CivilMonth?
    }

    /// The items of one month: those due in it, then those that left it (postponed or withdrawn).
    struct MonthBlock: Sendable {
        var month: CivilMonth
        var lines: [Line]
        var counts: ProgrammeCounts
        /// After the quarter's last month: the quarter's figures.
        var quarter: SummaryLine?
    }

    /// The summary table for `range`: each month, each quarter after its months (when the range spans more than one
    /// month of it), and the whole range when it spans more than a quarter. Subtotals are computed for their own
    /// range by the rule, not summed: an item moved between months of a quarter is not "added" to the quarter.
    static func summary(
        _ rows: [ProgrammeQuery.Row], range: MonthRange, asOf: CivilDate,
        monthLabel: (CivilMonth) -> String, quarterLabel: (Int) -> String
    ) -> [SummaryLine] {
        let facts = rows.map(\.facts)
        func counts(_ r: MonthRange) -> ProgrammeCounts { ProgrammeCounts.tally(facts, period: r, asOf: asOf) }
        var lines: [SummaryLine] = []
        for month in range.months {
            let r = MonthRange(month: month)
            lines.append(SummaryLine(label: monthLabel(month), range: r, counts: counts(r), level: .month))
            if month.month % 3 == 0 || month == range.last, let quarter = quarterRange(month, within: range),
                quarter.months.count > 1
            {
                lines.append(
                    SummaryLine(label: quarterLabel(month.quarter), range: quarter, counts: counts(quarter), level: .quarter))
            }
        }
        if range.months.count > 3 {
            lines.append(SummaryLine(label: range.label, range: range, counts: counts(range), level: .period))
        }
        return lines
    }

    /// The quarter of `month`, cut to `range`.
    private static func quarterRange(_ month: CivilMonth, within range: MonthRange) -> MonthRange? {
        guard let q = MonthRange.quarter(month.quarter, of: month.year) else { return nil }
        return MonthRange(first: max(q.first, range.first), last: min(q.last, range.last))
    }

    /// The blocks of every month of `range`. `status` keeps only the lines showing that status.
    static func months(
        _ rows: [ProgrammeQuery.Row], range: MonthRange, asOf: CivilDate, status: ProgrammeItemStatus?,
        unitNames: [UUID: String], quarterLabel: (Int) -> String
    ) -> [MonthBlock] {
        let sorted = ProgrammeQuery.sorted(rows, unitNames: unitNames)
        let facts = rows.map(\.facts)
        return range.months.map { month in
            var due: [Line] = []
            var left: [Line] = []
            for row in sorted {
                let s = row.snapshot
                if s.plannedMonth == month {
                    let from = s.months.count > 1 ? s.months[s.months.count - 2] : nil
                    if s.isWithdrawn {
                        left.append(Line(row: row, status: .withdrawn))
                    } else {
                        due.append(Line(row: row, status: s.status, movedFrom: from))
                    }
                } else if s.months.dropLast().contains(month) {
                    left.append(Line(row: row, status: s.isWithdrawn ? .withdrawn : .postponed))
                }
            }
            var lines = due + left
            if let status { lines = lines.filter { $0.status == status } }
            var block = MonthBlock(
                month: month, lines: lines,
                counts: ProgrammeCounts.tally(facts, period: MonthRange(month: month), asOf: asOf))
            if month.month % 3 == 0 || month == range.last, let quarter = quarterRange(month, within: range),
                quarter.months.count > 1
            {
                block.quarter = SummaryLine(
                    label: quarterLabel(month.quarter), range: quarter,
                    counts: ProgrammeCounts.tally(facts, period: quarter, asOf: asOf), level: .quarter)
            }
            return block
        }
    }

    /// What is still to be submitted as of `asOf` with a planned month up to `month`: due in `month`, or overdue
    /// from before it; by lead unit, overdue first, then by month.
    static func due(_ rows: [ProgrammeQuery.Row], month: CivilMonth, unitNames: [UUID: String]) -> [ProgrammeQuery.Row] {
        let open = rows.filter { !$0.snapshot.isSubmitted && !$0.snapshot.isWithdrawn && $0.snapshot.plannedMonth <= month }
        return ProgrammeQuery.sorted(open, unitNames: unitNames).enumerated().sorted { a, b in
            let ua = unitNames[a.element.item.leadUnitID] ?? ""
            let ub = unitNames[b.element.item.leadUnitID] ?? ""
            if ua != ub { return VietnameseText.areInIncreasingOrder(ua, ub) }
            return (a.element.snapshot.plannedMonth, a.offset) < (b.element.snapshot.plannedMonth, b.offset)
        }.map(\.element)
    }
}
