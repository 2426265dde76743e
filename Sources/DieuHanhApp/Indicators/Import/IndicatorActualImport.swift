import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh import actuals FILE.csv` (CONTRACT: actuals CSV: `code, period, value, kind, recorded_on`, optional
/// `note`, `score`, `classes`). Each row is a figure recorded on its `recorded_on` date, so reports for earlier dates leave it out.
/// Figures are never overwritten: a row identical to a figure already stored (same indicator, period, kind, value
/// and date) is left alone, which makes a second import of the same file change nothing; any other row is added
/// beside the earlier ones, and the rule picks the one in force (`IndicatorEvaluation`). A bad row stops the import
/// with its line and nothing of the file is written.
enum IndicatorActualImport: CSVImport {
    struct Row: Equatable, Sendable {
        let line: Int
        let code: String
        let period: IndicatorPeriod
        let value: Decimal
        let kind: ActualKind
        let recordedOn: CivilDate
        var note: String = ""
        var detail = IndicatorFigureDetail()
    }

    static let required = ["code", "period", "value", "kind", "recorded_on"]
    /// `score`: a rank's score; `classes`: a distribution ("Số xã đạt 19 tiêu chí: 17; …"), whose average is the
    /// `value` — computed when left empty and every class is one number.
    static let optional = ["note", "score", "classes"]

    /// One row, each cell through its field's rule, as the entry form checks it.
    static func read(_ cells: CSVFields, today: CivilDate, reading: inout ImportKeys) throws -> Row {
        let fail = cells.fail
        let text = cells.text
        let code = try cells.required("code", FieldRules.indicatorCode)
        let periodText = try text("period")
        guard let period = IndicatorPeriod(code: periodText) else {
            throw fail("kỳ “\(periodText)” không hợp lệ; dùng 2021, 2021-H1, 2021-H2, 2021-9M, 2021-5M, 2021-Q2 hoặc 2021-M05")
        }
        var classes: [IndicatorClassCount] = []
        if let text = cells.optional("classes") {
            switch IndicatorDistribution.parse(text) {
            case .success(let read): classes = read
            case .failure(let error): throw fail("classes: " + error.message)
            }
        }
        // NaN, infinities, |x| ≥ 10^15 and more than 15 significant digits are refused by the shared reader.
        guard let value = try cells.decimal("value") ?? IndicatorDistribution.average(classes) else {
            throw fail(classes.isEmpty ? "thiếu value" : "thiếu value (số bình quân của các nhóm)")
        }
        let kindText = try text("kind")
        guard let kind = ActualKind(rawValue: kindText.lowercased()) ?? ActualKind(text: kindText) else {
            throw fail("kind “\(kindText)” phải là uoc, so_bo hoặc chinh_thuc")
        }
        guard let recordedOn = try cells.date("recorded_on") else { throw fail("thiếu recorded_on") }
        if recordedOn > today { throw fail("recorded_on \(VNFormat.date(recordedOn)) là ngày trong tương lai") }
        if recordedOn < period.reportPeriod.from {
            throw fail("recorded_on \(VNFormat.date(recordedOn)) trước khi kỳ \(period.code) bắt đầu")
        }
        let key = "\(code)|\(period.code)|\(kind.rawValue)|\(recordedOn.iso)"
        try reading.claim(key, line: cells.line) { first in
            fail("trùng chỉ tiêu, kỳ, loại số liệu và ngày ghi nhận với dòng \(first)")
        }
        return Row(
            line: cells.line, code: code, period: period, value: value, kind: kind, recordedOn: recordedOn,
            note: try cells.optional("note", FieldRules.indicatorNote) ?? "",
            detail: IndicatorFigureDetail(score: try cells.decimal("score"), classes: classes))
    }

    static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary {
        let indicators = Dictionary(
            uniqueKeysWithValues: try await Indicator.query(on: db)
                .filter(\.$code ~~ Array(Set(rows.map(\.code)))).all().map { ($0.code, $0) })
        for row in rows {
            guard let indicator = indicators[row.code] else {
                throw CSVError(
                    line: row.line,
                    message: "không có chỉ tiêu mã “\(row.code)” (nhập chỉ tiêu trước: dieuhanh import indicators)")
            }
            if row.detail.score != nil && indicator.indicatorAggregation != .rank {
                throw CSVError(line: row.line, message: "score chỉ dùng cho chỉ tiêu thứ hạng (aggregation rank)")
            }
        }
        let existing = Dictionary(
            grouping: try await IndicatorActualRecord.query(on: db)
                .filter(\.$indicatorID ~~ indicators.values.compactMap(\.id)).all(), by: \.indicatorID)
        var summary = ImportSummary()
        var added: [String: [IndicatorActualRecord.Snapshot]] = [:]
        for row in rows {
            let indicator = indicators[row.code]!
            let value = DecimalText.canonical(row.value)
            if (existing[indicator.id!] ?? []).contains(where: {
                $0.period == row.period.code && $0.kind == row.kind.rawValue && $0.value == value
                    && $0.recordedOn == row.recordedOn.iso && $0.detail == row.detail
            }) {
                summary.unchanged += 1
                continue
            }
            let entry = ActualEntry(
                indicatorID: indicator.id!, period: row.period, kind: row.kind, value: row.value,
                note: row.note.isEmpty ? "Nhập từ tệp CSV" : row.note, detail: row.detail)
            let record = try await IndicatorService.append(entry, to: indicator, recordedOn: row.recordedOn, actor: actor, on: db)
            added[row.code, default: []].append(record.snapshot)
            summary.created += 1
        }
        for (code, snapshots) in added.sorted(by: { $0.key < $1.key }) {
            let indicator = indicators[code]!
            indicator.version += 1
            try await indicator.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: "import", entity: "indicator", entityID: indicator.id,
                summary: "\(code): \(snapshots.count) số liệu (import)",
                before: [IndicatorActualRecord.Snapshot]?.none, after: snapshots)
        }
        return summary
    }
}
