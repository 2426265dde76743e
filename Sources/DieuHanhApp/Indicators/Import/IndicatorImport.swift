import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh import indicators FILE.csv` (CONTRACT: indicators CSV): one row per indicator and year, creating or
/// updating the indicator by `code` and its plan for `year`. Every row is checked first; a bad row stops the import
/// with its line and nothing of the file is written; importing the same file twice changes nothing.
///
/// Optional columns beyond the contract: `target_document` (the resolution), and a mid-year revision as
/// `revised_target`, `revised_on` (its decision date, also taken as the day it was recorded, so reports for
/// earlier dates leave it out) and `revision_document`. A revision already present (same value and date) is not
/// added again; revisions are never deleted by an import. A changed `target` corrects the original (audited).
///
/// `target_kind` (CONTRACT: `tinh`, the default; `trung_uong`; `hdnd`) gives a year one target of each kind, one row
/// each. The plan's own target is the `tinh` row's, else the first row's; the other kinds sit beside it
/// (`IndicatorOtherTargetRecord`). A revision can only be given on the plan's own row.
///
/// `parent` (optional) names the code of the indicator this one is a component of, in the file or already stored;
/// empty makes it a top-level indicator again, and a file without the column leaves components as they are
/// (`IndicatorImport+Parents.swift`).
enum IndicatorImport: CSVImport {
    struct Row: Equatable, Sendable {
        var line: Int
        let code: String
        let name: String
        let unit: String
        let direction: IndicatorDirection
        let responsibleUnit: String
        let year: Int
        var target: Decimal
        let aggregation: IndicatorAggregation
        var targetDocument: String? = nil
        var revisedTarget: Decimal? = nil
        var revisedOn: CivilDate? = nil
        var revisionDocument: String? = nil
        var targetKind = IndicatorTargetKind.tinh
        /// The indicator's word for its target, when the row says it ("dự toán" for the budget).
        var targetTerm: IndicatorTargetTerm? = nil
        /// Whether the file says whose component it is (the `parent` column), and the parent's code (nil: none).
        var setsParent = false
        var parent: String? = nil
        /// A plan for several years: `year` written as a range (`2021-2025`); `year` is then its first year.
        var planPeriod: IndicatorPlanPeriod? = nil
        var method: IndicatorPlanMethod? = nil
    }

    static let required = ["code", "name", "unit", "direction", "responsible_unit", "year", "target", "aggregation"]
    static let optional = [
        "target_document", "revised_target", "revised_on", "revision_document", "target_kind", "target_term", "parent",
        "method",
    ]

    /// What reading carries from row to row: the (code, year) pairs read, and each code's definition, which every
    /// year of the same indicator must repeat.
    struct Reading: ImportReading {
        var keys = ImportKeys()
        var definitions:
            [String: (line: Int, name: String, unit: String, direction: IndicatorDirection, aggregation: IndicatorAggregation)] =
                [:]
        /// Each code's parent as first given, which every row of the same indicator must repeat.
        var parents: [String: (line: Int, parent: String?)] = [:]
    }

    /// One row, each cell through its field's rule, as the indicator form checks it.
    static func read(_ cells: CSVFields, today: CivilDate, reading: inout Reading) throws -> Row {
        let fail = cells.fail
        let text = cells.text
        let decimal = cells.decimal
        let code = try cells.required("code", FieldRules.indicatorCode)
        let yearText = try text("year")
        let planPeriod = try readPlanPeriod(yearText, cells: cells)
        guard let year = planPeriod?.from ?? Int(yearText) else { throw fail("year “\(yearText)” không phải là năm") }
        if let problem = DateRules.check(year: year) { throw cells.violation("year", problem) }
        let kindText = cells.optional("target_kind") ?? IndicatorTargetKind.tinh.rawValue
        guard let targetKind = IndicatorTargetKind(rawValue: kindText.lowercased()) else {
            throw fail("target_kind “\(kindText)” phải là tinh, trung_uong hoặc hdnd")
        }
        let what =
            planPeriod.map { "chỉ tiêu “\(code)” \($0.label)" }
            ?? "chỉ tiêu “\(code)” năm \(year)" + (targetKind == .tinh ? "" : " (target_kind \(targetKind.rawValue))")
        let key = planPeriod.map { "\(code)|\($0.code)" } ?? "\(code)|\(year)|\(targetKind.rawValue)"
        try reading.keys.claim(key, line: cells.line) { first in fail(what + " đã có ở dòng \(first)") }
        let directionText = try text("direction")
        guard let direction = IndicatorDirection(rawValue: directionText.lowercased()) else {
            throw fail("direction “\(directionText)” phải là higher hoặc lower")
        }
        let aggregationText = try text("aggregation")
        guard let aggregation = IndicatorAggregation(rawValue: aggregationText.lowercased()) else {
            throw fail("aggregation “\(aggregationText)” phải là sum, level, rate, index hoặc rank")
        }
        guard aggregation.allows(direction) else { throw fail("chỉ tiêu thứ hạng (rank) phải có direction lower") }
        let name = try cells.required("name", FieldRules.indicatorName).collapsingSpaces
        let unit = try cells.required("unit", FieldRules.indicatorUnit).collapsingSpaces
        if let first = reading.definitions[code],
            (first.name, first.unit, first.direction, first.aggregation) != (name, unit, direction, aggregation)
        {
            throw fail("chỉ tiêu “\(code)” có tên, đơn vị tính, direction hoặc aggregation khác với dòng \(first.line)")
        }
        reading.definitions[code] = (cells.line, name, unit, direction, aggregation)
        guard let target = try decimal("target") else { throw fail("thiếu target") }
        var row = Row(
            line: cells.line, code: code, name: name, unit: unit, direction: direction,
            responsibleUnit: try text("responsible_unit"), year: year, target: target, aggregation: aggregation)
        row.targetDocument = try cells.optional("target_document", FieldRules.indicatorDocument)
        row.revisedTarget = try decimal("revised_target")
        row.revisedOn = try cells.fact("revised_on", today: today)
        if (row.revisedTarget == nil) != (row.revisedOn == nil) {
            throw fail("revised_target và revised_on phải đi cùng nhau")
        }
        if planPeriod == nil, let revisedOn = row.revisedOn, revisedOn.year != year {
            throw fail("revised_on phải thuộc năm \(year)")
        }
        row.revisionDocument = try cells.optional("revision_document", FieldRules.indicatorDocument)
        row.targetKind = targetKind
        if let termText = cells.optional("target_term") {
            guard let term = IndicatorTargetTerm(text: termText) else {
                throw fail("target_term “\(termText)” phải là ke_hoach hoặc du_toan")
            }
            row.targetTerm = term
        }
        try readParent(cells, into: &row, reading: &reading)
        if let planPeriod {
            try readPlanRow(&row, period: planPeriod, cells: cells)
        } else if let method = cells.optional("method") {
            throw fail("method “\(method)” chỉ dùng cho dòng kế hoạch giai đoạn (year dạng 2021-2025)")
        }
        return row
    }

    static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary {
        let units = Dictionary(try await OrgUnit.query(on: db).all().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            guard let unit = units[row.responsibleUnit] else {
                throw CSVError(line: row.line, message: "không có đơn vị mã “\(row.responsibleUnit)”")
            }
            if let period = row.planPeriod {
                if !period.years.contains(where: { IndicatorService.wasOpen(unit, in: $0) }) {
                    throw CSVError(
                        line: row.line, message: "đơn vị “\(row.responsibleUnit)” không hoạt động trong \(period.label)")
                }
            } else if !IndicatorService.wasOpen(unit, in: row.year) {
                throw CSVError(line: row.line, message: "đơn vị “\(row.responsibleUnit)” không hoạt động trong năm \(row.year)")
            }
        }
        var indicators = Dictionary(
            uniqueKeysWithValues: try await Indicator.query(on: db).filter(\.$code ~~ Array(Set(rows.map(\.code))))
                .all().map { ($0.code, $0) })
        // New indicators get their ids now, so that a component can name a parent further down the file.
        let parents = try await parentIDs(rows, stored: indicators, on: db)
        var summary = ImportSummary()
        var changedDefinitions: Set<String> = []
        let (ownRows, otherRows) = try ownAndOtherTargets(rows.filter { $0.planPeriod == nil })
        // Places in the resolution's list follow the file; the rows are written parents first, so that a component
        // naming a parent further down the file finds it stored.
        var counts: [Int: Int] = [:]
        let placed = ownRows.map { row -> (row: Row, position: Int) in
            counts[row.year, default: 0] += 1
            return (row, counts[row.year]!)
        }
        for (row, position) in placed.filter({ $0.row.parent == nil }) + placed.filter({ $0.row.parent != nil }) {
            let indicator = indicators[row.code] ?? Indicator()
            let isNew = indicators[row.code] == nil
            let before = isNew ? nil : indicator.snapshot
            if isNew { indicator.id = parents.newIDs[row.code] }
            if row.setsParent { indicator.parentID = row.parent.flatMap { parents.byCode[$0] } }
            indicator.code = row.code
            indicator.setName(row.name)
            indicator.unit = row.unit
            indicator.direction = row.direction.rawValue
            indicator.aggregation = row.aggregation.rawValue
            if let term = row.targetTerm { indicator.targetTerm = term == .keHoach ? nil : term.rawValue }
            if isNew {
                indicator.version = 1
                try await indicator.create(on: db)
                indicators[row.code] = indicator
            }
            let definitionChanged = !isNew && indicator.snapshot != before && !changedDefinitions.contains(row.code)
            if definitionChanged { changedDefinitions.insert(row.code) }

            let existingPlan = try await IndicatorPlan.query(on: db).filter(\.$indicatorID == indicator.id!).filter(
                \.$year == row.year
            ).first()
            let plan = existingPlan ?? IndicatorPlan()
            let planBefore = existingPlan?.snapshot
            plan.indicatorID = indicator.id!
            plan.year = row.year
            plan.responsibleUnitID = units[row.responsibleUnit]!.id!
            plan.target = DecimalText.canonical(row.target)
            plan.targetKind = row.targetKind == .tinh ? nil : row.targetKind.rawValue
            plan.targetDocument = row.targetDocument
            plan.position = position
            if existingPlan == nil {
                try await plan.create(on: db)
            } else if plan.snapshot != planBefore {
                try await plan.update(on: db)
            }
            let revisionAdded = try await addRevision(row, plan: plan, actor: actor, on: db)

            let changed = definitionChanged || (planBefore != nil && plan.snapshot != planBefore) || revisionAdded
            if isNew || existingPlan == nil {
                summary.created += 1
            } else if changed {
                summary.updated += 1
            } else {
                summary.unchanged += 1
            }
            if isNew || existingPlan == nil || changed {
                if !isNew {
                    indicator.version += 1
                    try await indicator.update(on: db)
                }
                try await AuditLog.record(
                    on: db, actor: actor, at: now, action: isNew || existingPlan == nil ? "create" : "update",
                    entity: "indicator", entityID: indicator.id, summary: "\(row.code) năm \(row.year) (import)",
                    before: planBefore.map { IndicatorAuditSnapshot(indicator: before ?? indicator.snapshot, plan: $0) },
                    after: IndicatorAuditSnapshot(indicator: indicator.snapshot, plan: plan.snapshot))
            }
        }
        for row in otherRows {
            let plan = try await IndicatorPlan.query(on: db).filter(\.$indicatorID == indicators[row.code]!.id!)
                .filter(\.$year == row.year).first()!
            let saved = try await saveOtherTarget(row, plan: plan, on: db)
            // A revision of this kind's target: the council, say, revises its estimate mid-year.
            let revised = try await addRevision(row, plan: plan, kind: row.targetKind, actor: actor, on: db)
            switch saved {
            case .created: summary.created += 1
            case .updated: summary.updated += 1
            case .unchanged: if revised { summary.updated += 1 } else { summary.unchanged += 1 }
            }
        }
        try await writePlans(
            rows.filter { $0.planPeriod != nil }, indicators: &indicators, units: units, actor: actor, now: now,
            summary: &summary, on: db)
        return summary
    }

    /// Each (code, year)'s own row — the `tinh` one, else the first — in file order, and the rows of its other kinds.
    private static func ownAndOtherTargets(_ rows: [Row]) throws -> (own: [Row], others: [Row]) {
        var ownLine: [String: Int] = [:]
        for row in rows {
            let key = "\(row.code)|\(row.year)"
            if row.targetKind == .tinh || ownLine[key] == nil { ownLine[key] = row.line }
        }
        let own = rows.filter { ownLine["\($0.code)|\($0.year)"] == $0.line }
        let others = rows.filter { ownLine["\($0.code)|\($0.year)"] != $0.line }
        return (own, others)
    }

    private enum Saved { case created, updated, unchanged }

    /// Creates or corrects the plan's target of the row's kind.
    private static func saveOtherTarget(_ row: Row, plan: IndicatorPlan, on db: Database) async throws -> Saved {
        let existing = try await IndicatorOtherTargetRecord.query(on: db).filter(\.$planID == plan.id!)
            .filter(\.$kind == row.targetKind.rawValue).first()
        let record = existing ?? IndicatorOtherTargetRecord()
        let value = DecimalText.canonical(row.target)
        if let existing, existing.value == value, existing.document == row.targetDocument { return .unchanged }
        record.planID = plan.id!
        record.kind = row.targetKind.rawValue
        record.value = value
        record.document = row.targetDocument
        try await record.save(on: db)
        return existing == nil ? .created : .updated
    }

    /// Adds the row's revision unless the plan already has it; true when added.
    /// `kind` is that of an other target revised; nil for the plan's own.
    private static func addRevision(
        _ row: Row, plan: IndicatorPlan, kind: IndicatorTargetKind? = nil, actor: AuditActor, on db: Database
    ) async throws -> Bool {
        guard let value = row.revisedTarget, let date = row.revisedOn else { return false }
        let canonical = DecimalText.canonical(value)
        let existing = try await IndicatorTargetRevisionRecord.query(on: db).filter(\.$planID == plan.id!).all()
            .filter { $0.kind == kind?.rawValue }
        if existing.contains(where: { $0.value == canonical && $0.decidedOn == date.iso }) { return false }
        let record = IndicatorTargetRevisionRecord()
        record.planID = plan.id!
        record.kind = kind?.rawValue
        record.value = canonical
        record.decidedOn = date.iso
        record.recordedOn = date.iso
        record.document = row.revisionDocument ?? ""
        record.note = "Nhập từ tệp CSV"
        record.actorID = actor.id
        record.actorName = actor.name
        try await record.create(on: db)
        return true
    }
}
