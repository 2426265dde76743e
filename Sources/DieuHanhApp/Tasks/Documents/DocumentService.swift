import DieuHanhCore
import Fluent
import Vapor

struct DocumentDraft: Sendable {
    var notation: String
    var issuedOn: CivilDate?
    var issuerID: UUID?
    var signer: String?
    var summary: String
}

/// Directive documents: lenient notation parsing (Core), one record per (notation, year).
enum DocumentService {
    /// Checks the draft; on success returns the parsed number.
    static func validate(_ draft: DocumentDraft, on db: Database, t: Localizer) async throws -> (DocumentNumber?, [FieldError]) {
        var errors: [FieldError] = []
        var number: DocumentNumber?
        switch DocumentNumber.parse(draft.notation) {
        case .success(let parsed): number = parsed
        case .failure: errors.append(.init(field: "notation", message: t(T.docNotationInvalid, draft.notation)))
        }
        if draft.issuedOn == nil && number?.date == nil {
            errors.append(.init(field: "issued_on", message: t(T.docDateRequired)))
        }
        if let issuerID = draft.issuerID, try await OrgUnit.find(issuerID, on: db) == nil {
            errors.append(.init(field: "issuer_id", message: t(T.unitParentMissing)))
        }
        var checks = FieldChecks(t)
        checks.text(draft.notation, FieldRules.notation, field: "notation")
        checks.text(draft.summary, FieldRules.documentSummary, field: "summary")
        checks.text(draft.signer, FieldRules.signer, field: "signer")
        checks.date(draft.issuedOn ?? number?.date, field: "issued_on")
        errors += checks.errors
        return (number, errors)
    }

    /// Whether a document of that year already has this notation (DOMAIN §2: unique within the calendar year). The
    /// province's own documents (a review report, an urging letter) are issued only when it is not.
    static func isTaken(_ number: DocumentNumber, year: Int, on db: Database) async throws -> Bool {
        try await Document.query(on: db).filter(\.$notation == number.notation).filter(\.$year == year).first() != nil
    }

    /// The existing document with this notation in that year, or a new one (audited).
    static func findOrCreate(
        _ draft: DocumentDraft, number: DocumentNumber, actor: AuditActor, now: Date,
        on db: Database
    ) async throws -> (Document, created: Bool) {
        var audit = AuditLog.Batch()
        let result = try await findOrCreate(draft, number: number, actor: actor, now: now, audit: &audit, on: db)
        try await audit.write(on: db)
        return result
    }

    /// The same, its audit entry added to `audit` (an import writes its entries together).
    static func findOrCreate(
        _ draft: DocumentDraft, number: DocumentNumber, actor: AuditActor, now: Date,
        audit: inout AuditLog.Batch, on db: Database
    ) async throws -> (Document, created: Bool) {
        let issuedOn = draft.issuedOn ?? number.date!
        if let existing = try await Document.query(on: db).filter(\.$notation == number.notation)
            .filter(\.$year == issuedOn.year).first()
        {
            return (existing, false)
        }
        let document = Document(
            number: number, issuedOn: issuedOn, issuerID: draft.issuerID, signer: draft.signer,
            summary: draft.summary)
        try await document.create(on: db)
        audit.add(
            actor: actor, at: now, action: "create", entity: "document", entityID: document.id,
            summary: document.notation, before: Document.Snapshot?.none, after: document.snapshot)
        return (document, true)
    }
}
