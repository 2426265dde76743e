import DieuHanhCore
import Fluent
import Vapor

/// What the office fills in to issue a report (CONTRACT: `notation`, `date`, `signer`, `signer_title`,
/// `authority`), with Nơi nhận.
struct ReviewIssueForm: Content {
    var notation: String?
    var date: String?
    var signer: String?
    var signer_title: String?
    var authority: String?
    /// Nơi nhận, a line each; the draft's own when left out.
    var recipients: String?
    var version: String?
}

extension ReviewDraftService {
    /// The report as it stands, built from the recorded facts as of its cut-off and laid out with its text.
    static func report(_ content: ReviewDraftContent, t: Localizer, on db: Database) async throws -> ReviewReport {
        let draft = content.draft
        var report = try await ReviewReportRequest(period: draft.period, asOf: draft.cutOff).report(t: t, on: db)
        report.written = WrittenReview(content)
        return report
    }

    /// Issues the draft: checks the number, date and signature, then freezes its figures, its DOCX, XLSX and page
    /// as they are now and registers it as a document of the province; all or nothing.
    static func issue(
        _ content: ReviewDraftContent, form: ReviewIssueForm, actor: AuditActor, now: Date, on db: Database,
        t: Localizer
    ) async throws {
        let draft = content.draft
        guard !draft.isIssued else { throw issuedConflict(t) }
        if let text = form.version?.trimmingCharacters(in: .whitespaces), !text.isEmpty, Int(text) != draft.version {
            throw staleConflict(t)
        }
        let notationText = (form.notation ?? "").trimmingCharacters(in: .whitespaces)
        let dateText = (form.date ?? "").trimmingCharacters(in: .whitespaces)
        let date = CivilDate.parse(dateText)
        let signer = (form.signer ?? "").trimmingCharacters(in: .whitespaces)
        let signerTitle = (form.signer_title ?? "").trimmingCharacters(in: .whitespaces)
        let recipients = (form.recipients ?? draft.recipientsText).replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let problems = ReviewIssueProblem.check(
            notation: notationText, date: date, cutOff: draft.cutOff, signer: signer, signerTitle: signerTitle,
            authority: form.authority ?? "", recipients: recipients)
        var (errors, number) = try await DocumentService.issueErrors(
            problems, kind: .report, notation: notationText, dateText: dateText, cutOff: draft.cutOff, on: db, t: t)
        if signer.count > 200 || signerTitle.count > 200 {
            errors.append(.init(field: "signer", message: t(T.reviewDraftTextTooLong, "200")))
        }
        try errors.throwIfAny()
        guard let number, let date, let authority = SigningAuthority.parse(form.authority ?? "") else { return }

        try await db.claimVersion(
            of: ReviewDraft.schema, id: draft.id!, loaded: draft.version, expected: nil, conflict: staleConflict(t))
        draft.version += 1
        draft.state = ReviewDraft.State.issued.rawValue
        draft.notation = number.notation
        draft.issuedOn = date.iso
        draft.signer = signer
        draft.signerTitle = signerTitle
        draft.authority = authority.rawValue
        draft.recipientsText = recipients.joined(separator: "\n")
        var issued = content
        issued.draft = draft
        let report = try await report(issued, t: t, on: db)
        let province = try await ReviewReportBuilder.province(code: nil, asOf: draft.cutOff, on: db)
        let document = Document(
            number: number, issuedOn: date, issuerID: province.id, signer: signer, summary: report.title)
        try await document.create(on: db)
        draft.documentID = document.id
        draft.frozenFigures = String(decoding: try report.figures?.data() ?? Data(), as: UTF8.self)
        draft.frozenDOCX = try ReviewReportDOCX.data(report)
        draft.frozenXLSX = try ReviewReportXLSX.data(report)
        draft.frozenSheet = ReviewReportHTML.sheet(report).render()
        try await draft.update(on: db)
        let defaults =
            try await ReviewDefaults.query(on: db).first()
            ?? {
                let row = ReviewDefaults()
                row.outlineJSON = ReviewDraft.encode(.governmentOffice)
                return row
            }()
        defaults.recipientsText = draft.recipientsText
        defaults.updatedAt = now
        try await defaults.save(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "issue", entity: "review_draft", entityID: draft.id,
            summary: "Báo cáo số \(number.notation) ngày \(VNFormat.date(date))", before: String?.none,
            after: draft.frozenFigures)
    }
}
