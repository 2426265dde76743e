import DieuHanhCore
import Fluent
import Vapor

/// Writing a review report: creating a draft, saving a section as a new version, editing the outline, comments.
/// Each runs in the caller's transaction and leaves an audit entry; issuing is `ReviewDraftService+Issue.swift`.
enum ReviewDraftService {
    /// A section's text is the office's prose: long, but bounded.
    static let maxText = 200_000
    static let maxComment = 4_000

    /// A new draft from the office's default outline and Nơi nhận; the draft of the same period and cut-off that is
    /// still being written is returned instead, so two people starting the same report write one.
    static func create(
        period: ReportPeriod, asOf: CivilDate, actor: AuditActor, now: Date, on db: Database
    ) async throws -> ReviewDraft {
        if let existing = try await ReviewDraft.query(on: db).filter(\.$periodFrom == period.from.iso)
            .filter(\.$periodTo == period.to.iso).filter(\.$asOf == asOf.iso)
            .filter(\.$state == ReviewDraft.State.draft.rawValue).first()
        {
            return existing
        }
        let (outline, recipients) = try await ReviewDefaults.current(on: db)
        let draft = ReviewDraft()
        draft.periodFrom = period.from.iso
        draft.periodTo = period.to.iso
        draft.asOf = asOf.iso
        draft.state = ReviewDraft.State.draft.rawValue
        draft.version = 1
        draft.outline = outline
        draft.recipientsText = recipients
        draft.createdBy = actor.id
        try await draft.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "review_draft", entityID: draft.id,
            summary: "\(period.label), số liệu đến \(VNFormat.date(asOf))", before: String?.none,
            after: draft.outlineJSON)
        return draft
    }

    static func issuedConflict(_ t: Localizer) -> AppError {
        AppError(.conflict, code: "issued", message: t(T.reviewDraftIssuedFrozen))
    }

    static func staleConflict(_ t: Localizer) -> AppError {
        AppError(.conflict, code: "conflict", message: t(T.reviewDraftStale))
    }

    /// Saves a section's text read at `readVersion` as a new version of the draft. An unchanged text makes no
    /// version; a stale read is a conflict (`ReviewSaveRule`); an issued draft never changes. Returns the draft and
    /// whether the save made a version.
    @discardableResult
    static func saveSection(
        _ content: ReviewDraftContent, key: String, text raw: String, readVersion: Int?, actor: AuditActor, now: Date,
        on db: Database, t: Localizer
    ) async throws -> (draft: ReviewDraft, changed: Bool) {
        let draft = content.draft
        guard !draft.isIssued else { throw issuedConflict(t) }
        guard draft.outline.section(key) != nil else { throw Abort(.notFound) }
        let text = raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let readVersion else {
            throw ValidationFailure(errors: [.init(field: "version", message: t(T.reviewDraftVersionRequired))])
        }
        if text.count > maxText {
            throw ValidationFailure(errors: [
                .init(field: "text", message: t(T.reviewDraftTextTooLong, VNFormat.integer(maxText)))
            ])
        }
        let previous = content.text(key)
        if ReviewSaveRule.isStale(readVersion: readVersion, draftVersion: draft.version, sectionChangedAt: content.changedAt(key))
        {
            throw staleConflict(t)
        }
        guard text != previous else { return (draft, false) }
        try await db.claimVersion(
            of: ReviewDraft.schema, id: draft.id!, loaded: draft.version, expected: nil, conflict: staleConflict(t))
        draft.version += 1
        try await ReviewSectionVersion(
            draftID: draft.id!, key: key, text: text, draftVersion: draft.version, savedBy: actor.id, savedAt: now
        ).create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "review_draft", entityID: draft.id,
            summary: "Mục “\(draft.outline.section(key)!.title.prefix(120))”", before: previous, after: text)
        return (draft, true)
    }

    /// Saves a new outline read at `readVersion` (the whole draft's: reordering while another reorders is a
    /// conflict). Sections removed keep their saved versions; `asDefault` makes it the next report's outline.
    static func saveOutline(
        _ draft: ReviewDraft, outline: ReviewOutline, recipients: [String], asDefault: Bool, readVersion: Int?,
        actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        guard !draft.isIssued else { throw issuedConflict(t) }
        let before = draft.outlineJSON
        try await db.claimVersion(
            of: ReviewDraft.schema, id: draft.id!, loaded: draft.version, expected: readVersion,
            conflict: staleConflict(t))
        let lines = recipients.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        draft.version += 1
        draft.outline = outline
        draft.recipientsText = lines.joined(separator: "\n")
        try await draft.update(on: db)
        if asDefault {
            let row = try await ReviewDefaults.query(on: db).first() ?? ReviewDefaults()
            row.outlineJSON = draft.outlineJSON
            row.recipientsText = draft.recipientsText
            row.updatedAt = now
            try await row.save(on: db)
        }
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "review_draft", entityID: draft.id,
            summary: "Dàn ý báo cáo", before: before, after: draft.outlineJSON)
    }

    /// A reader's comment on a section of a draft still being written.
    static func comment(
        _ draft: ReviewDraft, key: String, text raw: String, actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        guard !draft.isIssued else { throw issuedConflict(t) }
        guard draft.outline.section(key) != nil else { throw Abort(.notFound) }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw ValidationFailure(errors: [.init(field: "comment", message: t(T.reviewCommentRequired))]) }
        if text.count > maxComment {
            throw ValidationFailure(errors: [
                .init(field: "comment", message: t(T.reviewDraftTextTooLong, VNFormat.integer(maxComment)))
            ])
        }
        let comment = ReviewComment()
        comment.draftID = draft.id!
        comment.key = key
        comment.authorID = actor.id
        comment.text = text
        comment.createdAt = now
        try await comment.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "review_comment", entityID: comment.id,
            summary: String(text.prefix(160)), before: String?.none, after: text)
    }

    /// The office marks a comment dealt with; resolving twice changes nothing.
    static func resolve(_ comment: ReviewComment, actor: AuditActor, now: Date, on db: Database) async throws {
        guard !comment.isResolved else { return }
        comment.resolvedBy = actor.id
        comment.resolvedAt = now
        try await comment.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "resolve", entity: "review_comment", entityID: comment.id,
            summary: String(comment.text.prefix(160)), before: String?.none, after: String?.none)
    }
}
