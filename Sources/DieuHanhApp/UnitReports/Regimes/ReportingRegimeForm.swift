import DieuHanhCore
import Vapor

/// The office's form for a periodic regime, also what the API's fields are read through.
struct ReportingRegimeForm: Content {
    var title: String?
    var frequency: String?
    /// `wd` (N working days after the cut-off) or `day` (a fixed day of a month).
    var rule_kind: String?
    var rule_days: String?
    var rule_day: String?
    var rule_months: String?
    /// The rule as one code (`wd:2`, `day:20+0`), as the API sends it; the form's fields when absent.
    var rule_code: String?
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
        switch rule_code.trimmed.isEmpty ? rule_kind.trimmed : "code" {
        case "code":
            draft.rule = ReportingDeadlineRule(code: rule_code.trimmed)
            if draft.rule == nil { errors.append(.init(field: "rule", message: t(T.regimeRuleInvalid))) }
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
