import DieuHanhCore
import Foundation

/// The words for Core's field rules: the one place a `FieldProblem` becomes a sentence, for forms, API and imports.
extension Localizer {
    func callAsFunction(_ problem: FieldProblem) -> String {
        switch problem {
        case .tooLong(let limit): return self(T.ruleTooLong, VNFormat.count(limit))
        case .controlCharacter: return self(T.ruleControlCharacter)
        case .codeCharacters: return self(T.ruleCodeCharacters)
        case .dateOutOfRange:
            return self(T.ruleDateOutOfRange, VNFormat.date(DateRules.earliest), VNFormat.date(DateRules.latest))
        case .dateAfterToday(let today): return self(T.ruleDateAfterToday, VNFormat.date(today))
        case .monthOutOfRange: return self(T.ruleMonthOutOfRange, String(DateRules.earliest.year), String(DateRules.latest.year))
        case .yearOutOfRange: return self(T.ruleYearOutOfRange, String(DateRules.earliest.year), String(DateRules.latest.year))
        case .notFinite: return self(T.ruleNotFinite)
        case .tooManyDigits(let limit): return self(T.ruleTooManyDigits, String(limit))
        case .tooLarge: return self(T.ruleTooLarge)
        case .successorCycle(let codes): return self(T.ruleSuccessorCycle, codes.joined(separator: " → "))
        }
    }
}

extension Localizer {
    func callAsFunction(_ problem: PasswordProblem) -> String {
        switch problem {
        case .tooShort(let minimum): return self(T.passwordTooShort, String(minimum))
        case .tooSimple: return self(T.passwordTooSimple)
        case .common: return self(T.passwordCommon)
        case .containsUserName: return self(T.passwordHasUserName)
        }
    }
}

extension Localizer {
    func callAsFunction(_ problem: TaskStepDateProblem) -> String {
        switch problem {
        case .newDeadlineRequired: return self(T.taskNewDeadlineRequired)
        case .newDeadlineNotLater(let current): return self(T.taskExtensionNotLater, VNFormat.date(current))
        case .newDeadlineInPast: return self(T.taskExtensionInPast)
        case .completionDateRequired: return self(T.taskCompletionDateRequired)
        case .completionInFuture: return self(T.taskCompletionInFuture)
        case .completionBeforeAssigned: return self(T.taskCompletionBeforeAssigned)
        case .delegatedAfterParent(let parent): return self(T.taskDelegateAfterParent, VNFormat.date(parent))
        case .answerDueRequired: return self(T.taskAnswerDueRequired)
        case .answerDueInPast: return self(T.taskAnswerDueInPast)
        }
    }
    func callAsFunction(_ problem: ProgrammeStepProblem) -> String {
        switch problem {
        case .submitDateRequired: return self(T.programmeSubmitDateRequired)
        case .issueDateRequired: return self(T.programmeIssueDateRequired)
        case .dateInFuture: return self(T.programmeDateInFuture)
        case .submitBeforeItem(let date, let existsFrom):
            return self(T.programmeSubmitBeforeItem, VNFormat.date(date), VNFormat.date(existsFrom))
        case .issueBeforeSubmit(let date, let submittedOn):
            return self(T.programmeIssueBeforeSubmit, VNFormat.date(date), VNFormat.date(submittedOn))
        case .issueDocumentRequired: return self(T.programmeIssueDocumentRequired)
        case .monthRequired: return self(T.programmeMonthRequired)
        case .postponeNotLater(let month, let current): return self(T.programmePostponeNotLater, month.label, current.label)
        case .postponeTooFar(let lastYear): return self(T.programmePostponeTooFar, String(lastYear))
        case .reasonRequired: return self(T.programmeReasonRequired)
        }
    }
}

extension Localizer {
    /// Why `text` is not a date, in words: a day that does not exist is named as such (31/02/2027), anything else
    /// gets the format to use.
    func dateError(_ text: String) -> String {
        guard case .noSuchDay(let day, let month, let year, let lastDay) = CivilDate.problem(text) else {
            return self(T.errDateFormat)
        }
        return self(
            T.errNoSuchDay, String(format: "%02d/%02d/%04d", day, month, year), String(month), String(year), String(lastDay))
    }
}

extension FieldRuleViolation {
    /// The import's message: the line (through `CSVError`), the column and the reason, in Vietnamese (imports are
    /// run by the office, and their messages have always been Vietnamese).
    var csvError: CSVError {
        let t = Localizer(language: .vi)
        return CSVError(line: line, message: t(T.ruleImportCell, column, t(problem)))
    }
}

/// Runs an import's row checks, turning a refused cell into the `CSVError` every caller of an import handles.
func checkingImportRows<Result>(_ body: () throws -> Result) throws -> Result {
    do { return try body() } catch let violation as FieldRuleViolation { throw violation.csvError }
}

/// A form's or an API body's checks: each problem found by `rule` for `value` becomes a `FieldError` on `field`.
struct FieldChecks {
    let t: Localizer
    var errors: [FieldError] = []

    init(_ t: Localizer) { self.t = t }

    mutating func text(_ value: String?, _ rule: TextRule, field: String) {
        guard let value, let problem = rule.check(value) else { return }
        errors.append(.init(field: field, message: t(problem)))
    }

    mutating func date(_ value: CivilDate?, field: String) {
        guard let value, let problem = DateRules.check(value) else { return }
        errors.append(.init(field: field, message: t(problem)))
    }

    mutating func fact(_ value: CivilDate?, today: CivilDate, field: String) {
        guard let value, let problem = DateRules.checkFact(value, today: today) else { return }
        errors.append(.init(field: field, message: t(problem)))
    }

    mutating func month(_ value: CivilMonth?, field: String) {
        guard let value, let problem = DateRules.check(value) else { return }
        errors.append(.init(field: field, message: t(problem)))
    }

    mutating func number(_ value: Decimal?, field: String) {
        guard let value, let problem = NumberRule.check(value) else { return }
        errors.append(.init(field: field, message: t(problem)))
    }
}
