import DieuHanhCore
import Fluent
import Foundation

/// What the review report and the urging letter share when they are issued: the Core rule's problems
/// (`ReviewIssueProblem`) named for the issue form's fields, a date that cannot be read named as typed, and the
/// number checked unique in its year among the documents.
extension DocumentService {
    /// The problems of an issue form, with the number to issue under when it reads and is free.
    static func issueErrors(
        _ problems: [ReviewIssueProblem], kind: ReviewIssueProblem.Kind, notation: String, dateText: String,
        cutOff: CivilDate, on db: Database, t: Localizer
    ) async throws -> (errors: [FieldError], number: DocumentNumber?) {
        var errors = problems.map { issueFieldError($0, kind: kind, cutOff: cutOff, t: t) }
        let date = CivilDate.parse(dateText)
        if !dateText.isEmpty && date == nil {
            errors.removeAll { $0.field == "date" }
            errors.append(.init(field: "date", message: t.dateError(dateText)))
        }
        guard case .success(let number) = DocumentNumber.parse(notation), let date else { return (errors, nil) }
        if try await isTaken(number, year: date.year, on: db) {
            errors.append(.init(field: "notation", message: t(T.reviewIssueNotationTaken, number.notation)))
        }
        return (errors, number)
    }

    /// One problem as the issue form's field and message; a letter's number and date are worded for a letter.
    static func issueFieldError(_ problem: ReviewIssueProblem, kind: ReviewIssueProblem.Kind, cutOff: CivilDate, t: Localizer)
        -> FieldError
    {
        let letter = kind == .officialLetter
        switch problem {
        case .notationInvalid where letter, .notAReport, .notALetter:
            return .init(field: "notation", message: t(letter ? T.urgingNotALetter : T.reviewIssueNotAReport))
        case .notationInvalid: return .init(field: "notation", message: t(T.reviewIssueNotationInvalid))
        case .dateMissing: return .init(field: "date", message: t(T.reviewIssueDateRequired))
        case .dateBeforeCutOff:
            return .init(
                field: "date",
                message: t(letter ? T.urgingDateBeforeCutOff : T.reviewIssueDateBeforeCutOff, VNFormat.date(cutOff)))
        case .signerMissing: return .init(field: "signer", message: t(T.reviewIssueSignerRequired))
        case .signerTitleMissing: return .init(field: "signer_title", message: t(T.reviewIssueSignerTitleRequired))
        case .authorityInvalid: return .init(field: "authority", message: t(T.reviewIssueAuthorityInvalid))
        case .recipientsMissing: return .init(field: "recipients", message: t(T.reviewIssueRecipientsRequired))
        }
    }
}
