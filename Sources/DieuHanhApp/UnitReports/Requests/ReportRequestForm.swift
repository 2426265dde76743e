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
    /// The review report draft the units answer for, section by section (`Drafts/ReviewContributionsService`).
    var review_draft: String?
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
            errors.append(.init(field: field, message: t.dateError(text)))
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
