import DieuHanhCore
import Fluent
import Vapor

/// An indicator's definition and one year's plan, as a form or the API sends them (already parsed).
struct IndicatorDraft: Sendable {
    var code = ""
    var name = ""
    var unit = ""
    var direction: IndicatorDirection?
    var aggregation: IndicatorAggregation?
    var targetTerm = IndicatorTargetTerm.keHoach
    var year: Int?
    var responsibleUnitID: UUID?
    var target: Decimal?
    var targetDocument: String?
    /// Whether the draft says whose component the indicator is (the form does; the API leaves it as it is).
    var setsParent = false
    var parentID: UUID?
}

/// One actual to record: what a unit enters for a period.
struct ActualEntry: Sendable {
    var indicatorID: UUID
    var period: IndicatorPeriod
    var kind: ActualKind
    var value: Decimal
    var note = ""
    var expectedVersion: Int?
    /// A rank's score, a distribution's classes.
    var detail = IndicatorFigureDetail()
}

enum IndicatorService {
    // MARK: Definition and plan

    /// Creates the indicator (or, when the code exists, updates its definition) with a plan for the draft's year.
    static func create(
        _ draft: IndicatorDraft, formErrors: [FieldError] = [], actor: AuditActor, now: Date, on db: Database,
        t: Localizer
    ) async throws -> (Indicator, IndicatorPlan) {
        var errors = formErrors + (try await validate(draft, requireTarget: true, on: db, t: t))
        let existing = try await Indicator.query(on: db).filter(\.$code == draft.code).first()
        errors += try await validateParent(draft, of: existing?.id, on: db, t: t)
        if let existing, let year = draft.year,
            try await IndicatorPlan.query(on: db).filter(\.$indicatorID == existing.id!).filter(\.$year == year).first() != nil
        {
            errors.append(.init(field: "code", message: t(T.indPlanExists, draft.code, String(year))))
        }
        try errors.throwIfAny()
        let indicator = existing ?? Indicator()
        let before = existing?.snapshot
        apply(draft, to: indicator)
        if existing == nil {
            indicator.version = 1
            try await indicator.create(on: db)
        } else {
            indicator.version += 1
            try await indicator.update(on: db)
        }
        let last = try await IndicatorPlan.query(on: db).filter(\.$year == draft.year!).sort(\.$position, .descending).first()
        let plan = IndicatorPlan()
        plan.indicatorID = indicator.id!
        plan.year = draft.year!
        plan.responsibleUnitID = draft.responsibleUnitID!
        plan.target = DecimalText.canonical(draft.target!)
        plan.targetDocument = draft.targetDocument
        plan.position = (last?.position ?? 0) + 1
        try await plan.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: existing == nil ? "create" : "update", entity: "indicator",
            entityID: indicator.id, summary: "\(indicator.code) — kế hoạch năm \(plan.year)",
            before: before, after: indicator.snapshot)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "indicator_plan", entityID: plan.id,
            summary: "\(indicator.code) năm \(plan.year)", before: IndicatorPlan.Snapshot?.none, after: plan.snapshot)
        return (indicator, plan)
    }

    /// Changes the definition and the year's responsible unit and resolution; the target itself changes only by a
    /// revision, which keeps the original.
    static func update(
        _ indicator: Indicator, plan: IndicatorPlan, draft: IndicatorDraft, formErrors: [FieldError] = [],
        expectedVersion: Int?, actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        try checkVersion(indicator, expectedVersion, t: t)
        var draft = draft
        draft.year = plan.year
        var errors = formErrors + (try await validate(draft, requireTarget: false, on: db, t: t))
        errors += try await validateParent(draft, of: indicator.id, on: db, t: t)
        if draft.code != indicator.code, try await Indicator.query(on: db).filter(\.$code == draft.code).first() != nil {
            errors.append(.init(field: "code", message: t(T.indCodeTaken, draft.code)))
        }
        try errors.throwIfAny()
        let before = indicator.snapshot
        let planBefore = plan.snapshot
        apply(draft, to: indicator)
        plan.responsibleUnitID = draft.responsibleUnitID!
        plan.targetDocument = draft.targetDocument
        guard indicator.snapshot != before || plan.snapshot != planBefore else { return }
        try await claimNextVersion(indicator, on: db, t: t)
        indicator.version += 1
        try await indicator.update(on: db)
        try await plan.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "indicator", entityID: indicator.id,
            summary: "\(indicator.code) — năm \(plan.year)", before: IndicatorAuditSnapshot(indicator: before, plan: planBefore),
            after: IndicatorAuditSnapshot(indicator: indicator.snapshot, plan: plan.snapshot))
    }

    private static func apply(_ draft: IndicatorDraft, to indicator: Indicator) {
        indicator.code = draft.code
        indicator.setName(draft.name)
        indicator.unit = draft.unit
        indicator.direction = draft.direction!.rawValue
        indicator.aggregation = draft.aggregation!.rawValue
        indicator.targetTerm = draft.targetTerm == .keHoach ? nil : draft.targetTerm.rawValue
        if draft.setsParent { indicator.parentID = draft.parentID }
    }

    static func validate(_ draft: IndicatorDraft, requireTarget: Bool, on db: Database, t: Localizer) async throws -> [FieldError]
    {
        var errors: [FieldError] = []
        if draft.code.isEmpty {
            errors.append(.init(field: "code", message: t(T.indCodeRequired)))
        } else if let problem = FieldRules.indicatorCode.check(draft.code) {
            errors.append(.init(field: "code", message: t(problem)))
        }
        if draft.name.isEmpty { errors.append(.init(field: "name", message: t(T.indNameRequired))) }
        if draft.unit.isEmpty { errors.append(.init(field: "unit", message: t(T.indUnitRequired))) }
        var checks = FieldChecks(t)
        checks.text(draft.name, FieldRules.indicatorName, field: "name")
        checks.text(draft.unit, FieldRules.indicatorUnit, field: "unit")
        checks.text(draft.targetDocument, FieldRules.indicatorDocument, field: "target_document")
        checks.number(draft.target, field: "target")
        errors += checks.errors
        if draft.direction == nil { errors.append(.init(field: "direction", message: t(T.indDirectionRequired))) }
        if draft.aggregation == nil { errors.append(.init(field: "aggregation", message: t(T.indAggregationRequired))) }
        if let aggregation = draft.aggregation, let direction = draft.direction, !aggregation.allows(direction) {
            errors.append(.init(field: "direction", message: t(T.indRankIsLower)))
        }
        if draft.year == nil { errors.append(.init(field: "year", message: t(T.indYearInvalid))) }
        if requireTarget, draft.target == nil { errors.append(.init(field: "target", message: t(T.indTargetRequired))) }
        if let unitID = draft.responsibleUnitID, let unit = try await OrgUnit.find(unitID, on: db) {
            if let year = draft.year, !wasOpen(unit, in: year) {
                errors.append(.init(field: "responsible_unit_id", message: t(T.indUnitClosedThatYear, unit.name, String(year))))
            }
        } else {
            errors.append(.init(field: "responsible_unit_id", message: t(T.indResponsibleRequired)))
        }
        return errors
    }

    /// Whether the unit existed at some point of the year.
    static func wasOpen(_ unit: OrgUnit, in year: Int) -> Bool {
        let first = CivilDate(year: year, month: 1, day: 1)!
        let last = CivilDate(year: year, month: 12, day: 31)!
        if let from = unit.validFrom.flatMap(CivilDate.parse), from > last { return false }
        if let to = unit.validTo.flatMap(CivilDate.parse), to < first { return false }
        return true
    }

    // MARK: Target revision

    /// Records a mid-year revision of the plan's target (the original is kept).
    static func reviseTarget(
        _ plan: IndicatorPlan, of indicator: Indicator, value: Decimal?, decidedOn: CivilDate?, document: String,
        note: String, kind: IndicatorTargetKind? = nil, formErrors: [FieldError] = [], expectedVersion: Int?,
        actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws -> IndicatorTargetRevisionRecord {
        try checkVersion(indicator, expectedVersion, t: t)
        let today = CivilDate.today(now: now)
        var errors = formErrors
        let row = try await IndicatorQuery.rows(plans: [plan], asOf: today, on: db).first
        // `kind` names one of the plan's other targets (the centre's, the council's); nil is the plan's own.
        let current: Decimal?
        if let kind {
            guard let other = row?.otherTargets.first(where: { $0.kind == kind }) else {
                throw ValidationFailure(errors: [.init(field: "target_kind", message: t(T.indRevisionNoSuchTarget))])
            }
            current = other.value
        } else {
            current = row?.snapshot.target
        }
        if let value {
            if let problem = NumberRule.check(value) {
                errors.append(.init(field: "value", message: t(problem)))
            } else if value == current {
                errors.append(.init(field: "value", message: t(T.indRevisionSame)))
            }
        } else if !formErrors.contains(where: { $0.field == "value" }) {
            errors.append(.init(field: "value", message: t(T.indRevisionValueRequired)))
        }
        if let decidedOn {
            if let problem = DateRules.check(decidedOn) {
                errors.append(.init(field: "decided_on", message: t(problem)))
            } else if decidedOn > today {
                errors.append(.init(field: "decided_on", message: t(T.indDecidedInFuture)))
            } else if decidedOn.year != plan.year {
                errors.append(.init(field: "decided_on", message: t(T.indDecidedOtherYear, String(plan.year))))
            }
        } else if !formErrors.contains(where: { $0.field == "decided_on" }) {
            errors.append(.init(field: "decided_on", message: t(T.indDecidedRequired)))
        }
        if document.isEmpty { errors.append(.init(field: "document", message: t(T.indRevisionDocumentRequired))) }
        if let problem = FieldRules.indicatorDocument.check(document) {
            errors.append(.init(field: "document", message: t(problem)))
        }
        if let problem = FieldRules.indicatorNote.check(note) { errors.append(.init(field: "note", message: t(problem))) }
        try errors.throwIfAny()
        let record = IndicatorTargetRevisionRecord()
        record.planID = plan.id!
        record.value = DecimalText.canonical(value!)
        record.decidedOn = decidedOn!.iso
        record.recordedOn = today.iso
        record.document = document
        record.note = note
        record.kind = kind?.rawValue
        record.actorID = actor.id
        record.actorName = actor.name
        try await claimNextVersion(indicator, on: db, t: t)
        try await record.create(on: db)
        indicator.version += 1
        try await indicator.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "revise_target", entity: "indicator", entityID: indicator.id,
            summary: "\(indicator.code) năm \(plan.year)"
                + (kind.map { " (" + $0.label(indicator.indicatorTargetTerm) + ")" } ?? "")
                + ": \(IndicatorText.value(value!, unit: indicator.unit)) — \(document)",
            before: current.map(DecimalText.canonical), after: record.value)
        return record
    }

    // MARK: Actuals

    /// Records actuals, all or none: checks who may (403 naming the responsible unit), the version each form was
    /// read at (409), the period (not one that has not begun), then writes each figure dated today and audits it.
    static func recordActuals(
        _ entries: [ActualEntry], user: UserAccount, scope: AccessScope, now: Date, on db: Database,
        t: Localizer
    ) async throws -> [IndicatorActualRecord] {
        let today = CivilDate.today(now: now)
        let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0) })
        var errors: [FieldError] = []
        var checked: [(ActualEntry, Indicator)] = []
        for entry in entries {
            guard let indicator = try await Indicator.find(entry.indicatorID, on: db) else { throw Abort(.notFound) }
            let responsible = try await IndicatorAccess.responsibleUnit(
                indicatorID: indicator.id!, year: entry.period.year, on: db)
            guard IndicatorAccess.mayEnter(user, responsibleUnitID: responsible, scope: scope, units: units) else {
                let name = responsible.flatMap { units[$0]?.name } ?? "—"
                throw AppError(.forbidden, code: "forbidden", message: t(T.indNotYourIndicator, indicator.name, name))
            }
            try checkVersion(indicator, entry.expectedVersion, t: t)
            let field = "value_\(indicator.id!)"
            if entry.period.reportPeriod.from > today {
                errors.append(.init(field: "period", message: t(T.indPeriodNotStarted, entry.period.label)))
            }
            if let problem = NumberRule.check(entry.value) { errors.append(.init(field: field, message: t(problem))) }
            if entry.detail.score != nil && indicator.indicatorAggregation != .rank {
                errors.append(.init(field: "score_\(indicator.id!)", message: t(T.indScoreOnlyRank)))
            }
            if let problem = FieldRules.indicatorNote.check(entry.note) {
                errors.append(.init(field: "note", message: t(problem)))
            }
            checked.append((entry, indicator))
        }
        try errors.throwIfAny()
        var records: [IndicatorActualRecord] = []
        for (entry, indicator) in checked {
            try await claimNextVersion(indicator, on: db, t: t)
            let record = try await append(entry, to: indicator, recordedOn: today, actor: AuditActor(user), on: db)
            indicator.version += 1
            try await indicator.update(on: db)
            try await AuditLog.record(
                on: db, actor: AuditActor(user), at: now, action: "record_actual", entity: "indicator",
                entityID: indicator.id,
                summary: "\(indicator.code) \(entry.period.code) \(entry.kind.label): "
                    + IndicatorText.value(entry.value, unit: indicator.unit),
                before: IndicatorActualRecord.Snapshot?.none, after: record.snapshot)
            records.append(record)
        }
        return records
    }

    /// Writes one actual after the indicator's last one (the caller bumps the version and audits).
    static func append(
        _ entry: ActualEntry, to indicator: Indicator, recordedOn: CivilDate, actor: AuditActor,
        on db: Database
    ) async throws -> IndicatorActualRecord {
        let last = try await IndicatorActualRecord.query(on: db).filter(\.$indicatorID == indicator.id!)
            .sort(\.$seq, .descending).first()
        let record = IndicatorActualRecord()
        record.indicatorID = indicator.id!
        record.period = entry.period.code
        record.year = entry.period.year
        record.kind = entry.kind.rawValue
        record.value = DecimalText.canonical(entry.value)
        record.recordedOn = recordedOn.iso
        record.seq = (last?.seq ?? 0) + 1
        record.note = entry.note
        record.score = entry.detail.score.map(DecimalText.canonical)
        record.classes = entry.detail.classes.isEmpty ? nil : IndicatorDistribution.text(entry.detail.classes)
        record.actorID = actor.id
        record.actorName = actor.name
        try await record.create(on: db)
        return record
    }

    /// The early check: a form built on another version is refused before anything is validated.
    static func checkVersion(_ indicator: Indicator, _ expected: Int?, t: Localizer) throws {
        if let expected, expected != indicator.version {
            throw AppError(.conflict, code: "conflict", message: t(T.indConflict, indicator.name))
        }
    }

    /// The check that decides, in the write itself (Database.claimVersion): of two writers that both passed
    /// `checkVersion`, only the first gets here.
    static func claimNextVersion(_ indicator: Indicator, on db: Database, t: Localizer) async throws {
        try await db.claimVersion(
            of: Indicator.schema, id: indicator.id!, loaded: indicator.version, expected: nil,
            conflict: AppError(.conflict, code: "conflict", message: t(T.indConflict, indicator.name)))
    }
}

/// What the audit log keeps of an edit: the definition and the year's plan together.
struct IndicatorAuditSnapshot: Codable, Equatable {
    var indicator: Indicator.Snapshot
    var plan: IndicatorPlan.Snapshot
}
