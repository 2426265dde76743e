import DieuHanhCore
import Fluent
import Vapor

/// The outline's form and the issue form of `/reports/review/drafts/{id}`.
extension ReviewDraftsController {
    /// The outline as the form sends it: a row per section (`key_N`, `title_N`, `level_N`, `position_N`,
    /// `remove_N`) and one for a new section (`new_title`, `new_level`, `new_position`).
    struct OutlineForm {
        var rows: [(key: String, title: String, level: String, position: String, remove: Bool)]
        var newTitle: String
        var newLevel: String
        var newPosition: String
        var recipients: String
        var asDefault: Bool
        var version: String

        init(_ draft: ReviewDraft) {
            rows = zip(draft.outline.sections.indices, draft.outline.sections).map { i, s in
                (s.key, s.title, String(s.level), String(i + 1), false)
            }
            newTitle = ""
            newLevel = "2"
            newPosition = String(draft.outline.sections.count + 1)
            recipients = draft.recipientsText
            asDefault = false
            version = String(draft.version)
        }

        init(fields: [String: String]) {
            var rows: [(key: String, title: String, level: String, position: String, remove: Bool)] = []
            var i = 0
            while let key = fields["key_\(i)"] {
                rows.append(
                    (
                        key, fields["title_\(i)"] ?? "", fields["level_\(i)"] ?? "2", fields["position_\(i)"] ?? "",
                        fields["remove_\(i)"] != nil
                    ))
                i += 1
            }
            self.rows = rows
            newTitle = fields["new_title"] ?? ""
            newLevel = fields["new_level"] ?? "2"
            newPosition = fields["new_position"] ?? ""
            recipients = fields["recipients"] ?? ""
            asDefault = fields["as_default"] != nil
            version = fields["version"] ?? ""
        }

        /// The outline the form asks for: rows kept, ordered by the positions typed (ties keep the form's order),
        /// with their figure blocks; the new section where its position says, or last. `fields` names each
        /// section's title field on the form, so a problem found in the new order points at the row typed.
        func outline(from current: ReviewOutline, t: Localizer) -> (ReviewOutline, fields: [String], [FieldError]) {
            var errors: [FieldError] = []
            var placed: [(position: Double, order: Int, field: String, section: ReviewOutlineSection)] = []
            for (i, row) in rows.enumerated() where !row.remove {
                let position = Double(row.position.trimmingCharacters(in: .whitespaces))
                if position == nil { errors.append(.init(field: "position_\(i)", message: t(T.reviewOutlinePositionInvalid))) }
                let figures = current.section(row.key)?.figures ?? []
                placed.append(
                    (
                        position ?? Double(i + 1), i, "title_\(i)",
                        ReviewOutlineSection(
                            key: row.key, title: row.title.trimmingCharacters(in: .whitespacesAndNewlines),
                            level: Int(row.level) ?? 2, figures: figures)
                    ))
            }
            var outline = ReviewOutline(sections: [])
            let title = newTitle.trimmingCharacters(in: .whitespacesAndNewlines)
            if !title.isEmpty {
                let keys = ReviewOutline(sections: current.sections + placed.map(\.section))
                // Just before the section now at that position, so "3" puts the new one third.
                let position = Double(newPosition.trimmingCharacters(in: .whitespaces)).map { $0 - 0.5 } ?? .infinity
                placed.append(
                    (
                        position, rows.count, "new_title",
                        ReviewOutlineSection(key: keys.newKey(), title: title, level: Int(newLevel) ?? 2)
                    ))
            }
            let sorted = placed.sorted { ($0.position, $0.order) < ($1.position, $1.order) }
            outline.sections = sorted.map(\.section)
            return (outline, sorted.map(\.field), errors)
        }
    }

    func outline(req: Request) async throws -> Response {
        let draft = try await req.reviewDraftContent().draft
        guard !draft.isIssued else { return req.redirect(to: "/reports/review/drafts/\(draft.id!)") }
        return ReviewOutlinePage.response(req.pageContext(), draft: draft, form: OutlineForm(draft), errors: [])
    }

    func saveOutline(req: Request) async throws -> Response {
        let form = OutlineForm(fields: try req.content.decode([String: String].self))
        let t = req.t
        let user = try req.requireUser()
        let id = try req.reviewDraftID()
        do {
            try await req.write { db in
                guard let draft = try await ReviewDraft.find(id, on: db) else { throw Abort(.notFound) }
                let (outline, fields, formErrors) = form.outline(from: draft.outline, t: t)
                let problems = ReviewOutlineProblem.check(outline).map { Self.fieldError($0, fields: fields, t: t) }
                try (formErrors + problems).throwIfAny()
                try await ReviewDraftService.saveOutline(
                    draft, outline: outline, recipients: form.recipients.split(separator: "\n").map(String.init),
                    asDefault: form.asDefault, readVersion: Int(form.version), actor: AuditActor(user), now: req.now,
                    on: db, t: t)
            }
            req.flash(t(T.reviewOutlineSaved))
            return req.redirect(to: "/reports/review/drafts/\(id)")
        } catch let failure as ValidationFailure {
            let draft = try await req.reviewDraftContent().draft
            return ReviewOutlinePage.response(
                req.pageContext(), draft: draft, form: form, errors: failure.errors, status: .unprocessableEntity)
        } catch let conflict as AppError where conflict.status == .conflict {
            let draft = try await req.reviewDraftContent().draft
            return ReviewOutlinePage.response(
                req.pageContext(), draft: draft, form: form, errors: [.init(field: "version", message: conflict.message)],
                status: .conflict)
        }
    }

    /// The problem on the row it was typed in: position `n` of the new order is the form's `fields[n - 1]`.
    static func fieldError(_ problem: ReviewOutlineProblem, fields: [String], t: Localizer) -> FieldError {
        func row(_ n: Int) -> (field: String, number: String) {
            let field = n - 1 < fields.count ? fields[n - 1] : "title_0"
            return (field, field == "new_title" ? String(fields.count) : String((Int(field.dropFirst(6)) ?? 0) + 1))
        }
        switch problem {
        case .empty: return .init(field: "title_0", message: t(T.reviewOutlineEmpty))
        case .titleMissing(let n): return .init(field: row(n).field, message: t(T.reviewOutlineTitleMissing, row(n).number))
        case .titleTooLong(let n): return .init(field: row(n).field, message: t(T.reviewOutlineTitleTooLong, row(n).number))
        case .badLevel(let n):
            return .init(
                field: row(n).field.replacingOccurrences(of: "title", with: "level"), message: t(T.reviewOutlineLevelInvalid))
        // Keys come from the page itself: a wrong one means a page from before another change.
        case .duplicateKey, .badKey: return .init(field: "version", message: t(T.reviewDraftVersionRequired))
        }
    }

    func issueForm(req: Request) async throws -> Response {
        let content = try await req.reviewDraftContent()
        guard !content.draft.isIssued else { return req.redirect(to: "/reports/review/drafts/\(content.draft.id!)") }
        var form = ReviewIssueForm()
        form.authority = SigningAuthority.onBehalf.rawValue
        form.recipients = content.draft.recipientsText
        form.version = String(content.draft.version)
        form.date = VNFormat.date(req.pageContext().today)
        return ReviewIssuePage.response(req.pageContext(), draft: content.draft, form: form, errors: [])
    }

    func issue(req: Request) async throws -> Response {
        let form = try req.content.decode(ReviewIssueForm.self)
        let t = req.t
        let user = try req.requireUser()
        let id = try req.reviewDraftID()
        do {
            try await req.write { db in
                guard let draft = try await ReviewDraft.find(id, on: db) else { throw Abort(.notFound) }
                try await ReviewDraftService.issue(
                    try await ReviewDraftContent.load(draft, on: db), form: form, actor: AuditActor(user), now: req.now,
                    on: db, t: t)
            }
            let draft = try await req.reviewDraftContent().draft
            req.flash(t(T.reviewDraftIssuedFlash, draft.notation ?? ""))
            return req.redirect(to: "/reports/review/drafts/\(id)")
        } catch let failure as ValidationFailure {
            return ReviewIssuePage.response(
                req.pageContext(), draft: try await req.reviewDraftContent().draft, form: form, errors: failure.errors,
                status: .unprocessableEntity)
        } catch let conflict as AppError where conflict.status == .conflict {
            var fresh = form
            let draft = try await req.reviewDraftContent().draft
            fresh.version = String(draft.version)
            return ReviewIssuePage.response(
                req.pageContext(), draft: draft, form: fresh, errors: [.init(field: "notation", message: conflict.message)],
                status: .conflict)
        }
    }
}
