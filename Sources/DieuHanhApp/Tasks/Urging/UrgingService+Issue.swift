import DieuHanhCore
import Fluent
import Foundation
import Vapor

extension UrgingService {
    /// Issues the letter: saves what was typed, checks the number (a công văn's, unique in its year among the
    /// province's documents), the date and the signature, then registers it as a document, freezes its DOCX and
    /// records on every listed task that it was urged by it. The caller runs it in one transaction: all or nothing.
    static func issue(
        _ urging: Urging, form: UrgingForm, actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        guard !urging.isIssued else { throw issuedConflict(t) }
        // What was typed is checked with the number and date, so every problem shows at once.
        var saveErrors: [FieldError] = []
        do {
            try await save(urging, form: form, now: now, on: db, t: t)
        } catch let failure as ValidationFailure {
            saveErrors = failure.errors
        }
        func typed(_ value: String?, _ saved: String?) -> String {
            (value ?? saved ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let recipients = typed(form.recipients, urging.recipientsText).split(separator: "\n").map(String.init)
        let notationText = (form.notation ?? "").trimmingCharacters(in: .whitespaces)
        let dateText = (form.date ?? "").trimmingCharacters(in: .whitespaces)
        let date = CivilDate.parse(dateText)
        let problems = ReviewIssueProblem.check(
            notation: notationText, date: date, cutOff: urging.cutOff, signer: typed(form.signer, urging.signer),
            signerTitle: typed(form.signer_title, urging.signerTitle), authority: typed(form.authority, urging.authority),
            recipients: recipients, kind: .officialLetter)
        let (checked, number) = try await DocumentService.issueErrors(
            problems, kind: .officialLetter, notation: notationText, dateText: dateText, cutOff: urging.cutOff, on: db, t: t)
        let errors = checked.filter { error in !saveErrors.contains { $0.field == error.field } }
        try (saveErrors + errors).throwIfAny()
        guard let number, let date else { return }

        let lines = try await lines(of: urging, on: db)
        let province = try await province(asOf: urging.cutOff, on: db, t: t)
        let document = Document(
            number: number, issuedOn: date, issuerID: province.id, signer: urging.signer, summary: urging.summary)
        try await document.create(on: db)
        try await db.claimVersion(
            of: Urging.schema, id: urging.id!, loaded: urging.version, expected: nil, conflict: staleConflict(t))
        urging.version += 1
        urging.state = Urging.State.issued.rawValue
        urging.notation = number.notation
        urging.issuedOn = date.iso
        urging.documentID = document.id
        urging.frozenDOCX = try UrgingDOCX.data(urging, lines: lines, province: province)
        try await urging.update(on: db)
        let today = CivilDate.today(now: now)
        for line in lines {
            let record = TaskUrging()
            record.taskID = line.taskID
            record.urgingID = urging.id!
            record.documentID = document.id!
            record.notation = number.notation
            record.issuedOn = date.iso
            record.recordedOn = today.iso
            record.actorID = actor.id
            try await record.create(on: db)
        }
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "issue", entity: "urging", entityID: urging.id,
            summary: "Công văn đôn đốc số \(number.notation) ngày \(VNFormat.date(date)), \(lines.count) nhiệm vụ",
            before: String?.none, after: String?.none)
    }

    /// The province the letter speaks for; without one the office is told so, as the review report does.
    static func province(asOf: CivilDate, on db: Database, t: Localizer) async throws -> OrgUnit {
        do {
            return try await ReviewReportBuilder.province(code: nil, asOf: asOf, on: db)
        } catch ReviewReportBuilder.Failure.noProvince {
            throw ValidationFailure(errors: [.init(field: "notation", message: t(T.reviewNoProvince))])
        }
    }
}
