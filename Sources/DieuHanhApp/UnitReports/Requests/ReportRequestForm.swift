import DieuHanhCore
import Vapor

/// The office's form for a thematic or ad hoc request (multipart: it carries the forms to fill in).
struct ReportRequestForm: Content {
    var kind: String?
    var title: String?
    var notation: String?
    var document_date: String?
    var period_label: String?
    var cut_off: String?
    var deadline: String?
    var requester_id: String?
    var recipient_kinds: [String]?
    var recipient_units: [String]?
    var outline: String?
    var version: String?
    var files: [File]?

    init() {}

    func draft(_ t: Localizer) -> (ReportRequestDraft, [FieldError]) {
        var errors: [FieldError] = []
        var draft = ReportRequestDraft()
        func date(_ text: String?, _ field: String) -> CivilDate? {
            let text = text.trimmed
            guard !text.isEmpty else { return nil }
            if let date = CivilDate.parse(text) { return date }
            errors.append(.init(field: field, message: t(T.errDateFormat)))
            return nil
        }
        if let kind = ReportRequest.Kind(rawValue: self.kind.trimmed), kind != .periodic {
            draft.kind = kind
        } else if !self.kind.trimmed.isEmpty {
            errors.append(.init(field: "kind", message: t(T.reportKindInvalid)))
        }
        draft.title = title.trimmed
        draft.notation = notation.trimmed
        draft.documentDate = date(document_date, "document_date")
        draft.periodLabel = period_label.trimmed
        draft.cutOff = date(cut_off, "cut_off")
        let deadlineText = deadline.trimmed
        if !deadlineText.isEmpty {
            if let parsed = DeadlineText.parse(deadlineText) {
                draft.deadline = parsed
            } else {
                errors.append(.init(field: "deadline", message: t(T.reportDeadlineInvalid)))
            }
        }
        draft.requesterID = UUID(uuidString: requester_id.trimmed)
        draft.recipients = ReportRecipientSpec(
            kinds: (recipient_kinds ?? []).compactMap(UnitKind.init(rawValue:)),
            unitIDs: (recipient_units ?? []).compactMap(UUID.init(uuidString:)))
        draft.outline = outline ?? ""
        return (draft, errors)
    }
}

/// The office's form for a periodic regime.
struct ReportingRegimeForm: Content {
    var title: String?
    var frequency: String?
    /// `wd` (N working days after the cut-off) or `day` (a fixed day of a month).
    var rule_kind: String?
    var rule_days: String?
    var rule_day: String?
    var rule_months: String?
    var first_period: String?
    var last_period: String?
    var notation: String?
    var requester_id: String?
    var recipient_kinds: [String]?
    var recipient_units: [String]?
    var outline: String?

    init() {}

    func draft(today: CivilDate, _ t: Localizer) -> (ReportingRegimeDraft, [FieldError]) {
        var errors: [FieldError] = []
        var draft = ReportingRegimeDraft()
        draft.title = title.trimmed
        draft.frequency = ReportingFrequency(rawValue: frequency.trimmed)
        switch rule_kind.trimmed {
        case "day":
            if let day = Int(rule_day.trimmed), let months = Int(rule_months.trimmed.isEmpty ? "0" : rule_months.trimmed),
                case let rule = ReportingDeadlineRule.fixedDay(day: day, monthsAfterCutOff: months), rule.isValid
            {
                draft.rule = rule
            } else {
                errors.append(.init(field: "rule", message: t(T.regimeFixedDayInvalid)))
            }
        default:
            if let n = Int(rule_days.trimmed), case let rule = ReportingDeadlineRule.workingDaysAfterCutOff(n), rule.isValid {
                draft.rule = rule
            } else {
                errors.append(
                    .init(field: "rule", message: t(T.regimeWorkingDaysInvalid, String(ReportingDeadlineRule.maxWorkingDays))))
            }
        }
        let firstText = first_period.trimmed
        if firstText.isEmpty {
            draft.firstPeriod = draft.frequency.map { ReportingPeriod.first($0, cuttingOffOnOrAfter: today) }
        } else if let period = ReportingPeriod(code: firstText) {
            draft.firstPeriod = period
        } else {
            errors.append(.init(field: "first_period", message: t(T.regimePeriodCodeInvalid)))
        }
        let lastText = last_period.trimmed
        if !lastText.isEmpty {
            if let period = ReportingPeriod(code: lastText) {
                draft.lastPeriod = period
            } else {
                errors.append(.init(field: "last_period", message: t(T.regimePeriodCodeInvalid)))
            }
        }
        draft.notation = notation.trimmed
        draft.requesterID = UUID(uuidString: requester_id.trimmed)
        draft.recipients = ReportRecipientSpec(
            kinds: (recipient_kinds ?? []).compactMap(UnitKind.init(rawValue:)),
            unitIDs: (recipient_units ?? []).compactMap(UUID.init(uuidString:)))
        draft.outline = outline ?? ""
        return (draft, errors)
    }
}
