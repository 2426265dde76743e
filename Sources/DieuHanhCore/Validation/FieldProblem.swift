import Foundation

/// Why a value was refused by a field rule. Core says why; the app's catalogue says it in Vietnamese or English, so
/// the form, the API and the CSV import give one message per rule.
public enum FieldProblem: Equatable, Sendable {
    /// Longer than the field allows (`limit` characters).
    case tooLong(limit: Int)
    /// A NUL or another control character (line breaks and tabs are allowed only in long texts).
    case controlCharacter
    /// A code with a character outside its alphabet (letters without diacritics, digits, `.`, `_`, `-`).
    case codeCharacters
    /// A date outside `DateRules.earliest … DateRules.latest`.
    case dateOutOfRange
    /// A fact (a completion, an issue…) dated after `today`.
    case dateAfterToday(today: CivilDate)
    /// A month outside the years of `DateRules`.
    case monthOutOfRange
    /// A year outside the years of `DateRules`.
    case yearOutOfRange
    /// Not a finite number (NaN, infinity, or so many digits it could not be held).
    case notFinite
    /// More significant digits than a figure can keep exactly.
    case tooManyDigits(limit: Int)
    /// As large as `NumberRule.magnitudeLimit` or larger.
    case tooLarge
    /// Following the successors from a unit comes back to it; `codes` is the loop, first unit repeated at the end.
    case successorCycle(codes: [String])
}

/// A refused CSV cell: the line, the column and the reason (the app turns it into the import's message).
public struct FieldRuleViolation: Error, Equatable, Sendable {
    public let line: Int
    public let column: String
    public let problem: FieldProblem

    public init(line: Int, column: String, problem: FieldProblem) {
        self.line = line
        self.column = column
        self.problem = problem
    }
}
