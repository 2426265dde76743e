import DieuHanhCore
import Fluent
import Vapor

/// `/reports/review/drafts`: writing the review report in the browser — the drafts, a draft's outline and text,
/// each section's editor with its history and comments, and issuing. Reading is for whoever sees every unit;
/// leaders comment; the office writes, edits the outline, resolves comments and issues.
struct ReviewDraftsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let drafts = routes.grouped("reports", "review", "drafts").grouped(RequireRole(\.seesEveryUnit))
        drafts.get(use: list)
        drafts.get(":draftID", use: show)
        drafts.get(":draftID", "sections", ":key", use: section)
        drafts.get(":draftID", "sections", ":key", "history", use: history)
        for kind in ReviewDraftFiles.Kind.allCases {
            let name = kind == .package ? "package.zip" : "report.\(kind.rawValue)"
            drafts.get(":draftID", PathComponent(stringLiteral: name)) { req in
                try await ReviewDraftFiles.response(kind, content: try await req.reviewDraftContent(), t: req.t, on: req.db)
            }
        }
        drafts.grouped(RequireRole(\.canCommentOnReviewDrafts)).post(":draftID", "sections", ":key", "comments", use: comment)
        let office = drafts.grouped(RequireRole.office)
        office.post(use: create)
        office.post(":draftID", "sections", ":key", use: save)
        office.post(":draftID", "sections", ":key", "take", use: take)
        office.post(":draftID", "comments", ":commentID", "resolve", use: resolve)
        office.get(":draftID", "outline", use: outline)
        office.post(":draftID", "outline", use: saveOutline)
        office.get(":draftID", "issue", use: issueForm)
        office.post(":draftID", "issue", use: issue)
    }

    func list(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let drafts = try await ReviewDraft.query(on: req.db).sort(\.$periodTo, .descending).sort(\.$asOf, .descending)
            .paginate(PageRequest(page: req.listPage, per: 50))
        return ReviewDraftsListPage.response(
            ctx, drafts: drafts, periods: try await ReviewReportPage.periodChoices(today: ctx.today, on: req.db),
            form: [:], errors: [])
    }

    func create(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let t = req.t
        do {
            let request = try ReviewReportRequest.parse(
                period: fields["period"], from: fields["from"], to: fields["to"], asOf: fields["as_of"],
                today: CivilDate.today(now: req.now), t: t)
            let user = try req.requireUser()
            let draft = try await req.write { db in
                try await ReviewDraftService.create(
                    period: request.period, asOf: request.asOf, actor: AuditActor(user), now: req.now, on: db)
            }
            req.flash(t(T.reviewDraftCreated))
            return req.redirect(to: "/reports/review/drafts/\(draft.id!)")
        } catch let failure as ValidationFailure {
            let ctx = req.pageContext()
            let drafts = try await ReviewDraft.query(on: req.db).sort(\.$periodTo, .descending)
                .paginate(PageRequest(page: 1, per: 50))
            return ReviewDraftsListPage.response(
                ctx, drafts: drafts, periods: try await ReviewReportPage.periodChoices(today: ctx.today, on: req.db),
                form: fields, errors: failure.errors, status: .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        let content = try await req.reviewDraftContent()
        let ctx = req.pageContext()
        let report = content.draft.isIssued ? nil : try await ReviewDraftService.report(content, t: ctx.t, on: req.db)
        return ReviewDraftPage.response(ctx, content: content, report: report)
    }

    func section(req: Request) async throws -> Response {
        let content = try await req.reviewDraftContent()
        return try await renderSection(req, content, typed: nil, errors: [])
    }

    func save(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let key = req.parameters.get("key") ?? ""
        let t = req.t
        let user = try req.requireUser()
        let id = try req.reviewDraftID()
        let typed = fields["text"] ?? ""
        do {
            let (saved, changed) = try await req.write { db in
                guard let draft = try await ReviewDraft.find(id, on: db) else { throw Abort(.notFound) }
                return try await ReviewDraftService.saveSection(
                    try await ReviewDraftContent.load(draft, on: db), key: key, text: typed,
                    readVersion: fields["version"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
                    actor: AuditActor(user), now: req.now, on: db, t: t)
            }
            let title = saved.outline.section(key)?.title ?? ""
            req.flash(changed ? t(T.reviewDraftSaved, title) : t(T.reviewDraftUnchanged))
            return req.redirect(to: "/reports/review/drafts/\(id)#muc-\(key)")
        } catch let failure as ValidationFailure {
            return try await renderSection(
                req, try await req.reviewDraftContent(), typed: typed, errors: failure.errors, status: .unprocessableEntity)
        } catch let conflict as AppError where conflict.status == .conflict {
            // What was typed comes back beside the text now saved, so nothing is lost.
            return try await renderSection(
                req, try await req.reviewDraftContent(), typed: typed,
                errors: [.init(field: "text", message: conflict.message)], status: .conflict)
        }
    }

    /// The office takes a unit's text for a section into its own, after what it has written.
    func take(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let key = req.parameters.get("key") ?? ""
        let t = req.t
        let user = try req.requireUser()
        let content = try await req.reviewDraftContent()
        guard let position = content.draft.outline.sections.firstIndex(where: { $0.key == key }),
            let part = try await ReviewContributionsService.parts(
                of: content.draft, position: position, today: CivilDate.today(now: req.now), on: req.db
            ).first(where: { $0.unitID.uuidString == fields["unit"] })
        else { throw Abort(.notFound) }
        let id = content.draft.id!
        try await req.write { db in
            guard let draft = try await ReviewDraft.find(id, on: db) else { throw Abort(.notFound) }
            let fresh = try await ReviewDraftContent.load(draft, on: db)
            let text = [fresh.text(key), part.text].filter { !$0.isEmpty }.joined(separator: "\n")
            try await ReviewDraftService.saveSection(
                fresh, key: key, text: text, readVersion: draft.version, actor: AuditActor(user), now: req.now, on: db, t: t)
        }
        req.flash(t(T.reviewPartTaken, part.unitName))
        return req.redirect(to: "/reports/review/drafts/\(id)/sections/\(key)")
    }

    func history(req: Request) async throws -> Response {
        let content = try await req.reviewDraftContent()
        let key = req.parameters.get("key") ?? ""
        guard let section = content.draft.outline.section(key) else { throw Abort(.notFound) }
        let versions = try await ReviewSectionVersion.query(on: req.db).filter(\.$draftID == content.draft.id!)
            .filter(\.$key == key).sort(\.$draftVersion, .descending).all()
        let names = try await UserDirectory.fullNames(of: versions.compactMap(\.savedBy), on: req.db)
        let chosen = (try? req.query.get(Int.self, at: "v")).flatMap { v in versions.first { $0.draftVersion == v } }
        return ReviewSectionHistoryPage.response(
            req.pageContext(), content: content, section: section, versions: versions, names: names,
            chosen: chosen ?? versions.first)
    }

    func comment(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let key = req.parameters.get("key") ?? ""
        let t = req.t
        let user = try req.requireUser()
        let id = try req.reviewDraftID()
        let typed = fields["comment"] ?? ""
        do {
            try await req.write { db in
                guard let draft = try await ReviewDraft.find(id, on: db) else { throw Abort(.notFound) }
                try await ReviewDraftService.comment(
                    draft, key: key, text: typed, actor: AuditActor(user), now: req.now, on: db, t: t)
            }
            req.flash(t(T.reviewCommentSent))
            return req.redirect(to: "/reports/review/drafts/\(id)/sections/\(key)#gop-y")
        } catch let failure as ValidationFailure {
            return try await renderSection(
                req, try await req.reviewDraftContent(), typed: nil, comment: typed, errors: failure.errors,
                status: .unprocessableEntity)
        }
    }

    func resolve(req: Request) async throws -> Response {
        let id = try req.reviewDraftID()
        guard let commentID = req.parameters.get("commentID", as: UUID.self),
            let comment = try await ReviewComment.find(commentID, on: req.db), comment.draftID == id
        else { throw Abort(.notFound) }
        let user = try req.requireUser()
        try await req.write { db in try await ReviewDraftService.resolve(comment, actor: AuditActor(user), now: req.now, on: db) }
        req.flash(req.t(T.reviewCommentResolvedFlash))
        return req.redirect(to: "/reports/review/drafts/\(id)/sections/\(comment.key)#gop-y")
    }

    func renderSection(
        _ req: Request, _ content: ReviewDraftContent, typed: String?, comment: String = "", errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let key = req.parameters.get("key") ?? ""
        guard let section = content.draft.outline.section(key) else { throw Abort(.notFound) }
        let ctx = req.pageContext()
        let report = content.draft.isIssued ? nil : try await ReviewDraftService.report(content, t: ctx.t, on: req.db)
        let names = try await UserDirectory.fullNames(
            of: content.comments.flatMap { [$0.authorID, $0.resolvedBy] }.compactMap { $0 }, on: req.db)
        let position = content.draft.outline.sections.firstIndex { $0.key == key } ?? 0
        let parts = try await ReviewContributionsService.parts(
            of: content.draft, position: position, today: ctx.today, on: req.db)
        return ReviewSectionPage.response(
            ctx,
            model: .init(
                content: content, section: section, report: report, typed: typed, comment: comment, names: names,
                parts: parts, errors: errors),
            status: status)
    }
}
