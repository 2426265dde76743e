import Foundation

/// The CSV cell readers with the field rules applied: a refused value throws a `FieldRuleViolation` naming the line
/// and the column; the app words the reason, as its forms do.
extension CSVFields {
    public func violation(_ column: String, _ problem: FieldProblem) -> FieldRuleViolation {
        FieldRuleViolation(line: record.line, column: column, problem: problem)
    }

    /// The value normalised and checked by `rule`; nil when the cell is empty or the column absent.
    public func optional(_ name: String, _ rule: TextRule) throws -> String? {
        guard let value = optional(name).map(rule.normalized) else { return nil }
        if let problem = rule.check(value) { throw violation(name, problem) }
        return value
    }

    /// A value that must be there, checked against `rule`.
    public func required(_ name: String, _ rule: TextRule) throws -> String {
        let value = rule.normalized(try text(name))
        if let problem = rule.check(value) { throw violation(name, problem) }
        return value
    }

    /// A date of something that has happened: inside the window and not after `today`.
    public func fact(_ name: String, today: CivilDate) throws -> CivilDate? {
        guard let value = try date(name) else { return nil }
        if let problem = DateRules.checkFact(value, today: today) { throw violation(name, problem) }
        return value
    }
}
