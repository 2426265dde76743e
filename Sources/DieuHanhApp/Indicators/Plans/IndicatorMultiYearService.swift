import DieuHanhCore
import Fluent
import Vapor

/// What the office types into an indicator's page to set a target for several years.
struct MultiYearPlanInput: Sendable {
    var period = ""
    /// `IndicatorPlanMethod` raw value; empty for the one the indicator implies.
    var method = ""
    var target = ""
    var document = ""
}

/// The office's edits of plans for several years, checked as the CSV checks them, audited, and counted in the
/// indicator's version (a stale form is a conflict).
enum IndicatorMultiYearService {
    /// Creates or corrects the indicator's target for the input's period; the responsible unit is the one of the
    /// plan shown on the page.
    static func save(
        _ input: MultiYearPlanInput, of indicator: Indicator, responsibleUnitID: UUID, expectedVersion: Int?,
        actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws -> IndicatorMultiYearPlanRecord {
        try IndicatorService.checkVersion(indicator, expectedVersion, t: t)
        var errors: [FieldError] = []
        let period = IndicatorPlanPeriod(code: input.period)
        if period == nil { errors.append(.init(field: "period", message: t(T.indPlanPeriodInvalid))) }
        let aggregation = indicator.indicatorAggregation
        var method = IndicatorPlanMethod.implied(by: aggregation)
        if !input.method.isEmpty {
            if let stated = IndicatorPlanMethod(rawValue: input.method), stated.allows(aggregation) {
                method = stated
            } else {
                errors.append(.init(field: "method", message: t(T.indPlanMethodInvalid)))
            }
        }
        let target = IndicatorInput.value(input.target, field: "target", t: t, errors: &errors)
        if input.target.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(.init(field: "target", message: t(T.indPlanTargetRequired)))
        }
        let document = input.document.collapsingSpaces
        if let problem = FieldRules.indicatorDocument.check(document) {
            errors.append(.init(field: "document", message: t(problem)))
        }
        try errors.throwIfAny()
        let existing = try await IndicatorMultiYearPlanRecord.query(on: db).filter(\.$indicatorID == indicator.id!)
            .filter(\.$fromYear == period!.from).filter(\.$toYear == period!.to).first()
        let record = existing ?? IndicatorMultiYearPlanRecord()
        let before = existing?.snapshot
        record.indicatorID = indicator.id!
        record.fromYear = period!.from
        record.toYear = period!.to
        record.method = method.rawValue
        record.target = DecimalText.canonical(target!)
        record.document = document.isEmpty ? nil : document
        record.responsibleUnitID = existing?.responsibleUnitID ?? responsibleUnitID
        if existing == nil {
            let count = try await IndicatorMultiYearPlanRecord.query(on: db).filter(\.$fromYear == period!.from)
                .filter(\.$toYear == period!.to).count()
            record.position = count + 1
        }
        guard record.snapshot != before else { return record }
        try await IndicatorService.claimNextVersion(indicator, on: db, t: t)
        try await record.save(on: db)
        indicator.version += 1
        try await indicator.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: existing == nil ? "create" : "update", entity: "indicator",
            entityID: indicator.id, summary: "\(indicator.code) \(period!.label)", before: before, after: record.snapshot)
        return record
    }
}
