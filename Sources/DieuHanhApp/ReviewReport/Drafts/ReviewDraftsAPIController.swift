import DieuHanhCore
import Fluent
import Vapor

/// Review report drafts over JSON (CONTRACT): create, read, save a section with the version read, issue, and the
/// files. Reading is for whoever sees every unit; writing and issuing for the office.
struct ReviewDraftsAPIController: RouteCollection {
    struct CreateBody: Content {
        var from: String?
        var to: String?
        var as_of: String?
        var period: String?
    }

    struct SectionBody: Content {
        var text: String?
        var version: Int?
    }

    struct SectionJSON: Content {
        let key: String
        let title: String
        let level: Int
        let number: String
        let figures: [String]
        let text: String
    }

    struct DraftJSON: Content {
        let id: UUID
        let version: Int
        let state: String
        let from: String
        let to: String
        let as_of: String
        let notation: String?
        let issued_on: String?
        let signer: String?
        let signer_title: String?
        let authority: String?
        let recipients: [String]
        let sections: [SectionJSON]
        let figures: ReviewFiguresJSON?
    }

    func boot(routes: RoutesBuilder) throws {
        let drafts = routes.grouped("review-reports").grouped(RequireRole(\.seesEveryUnit))
        drafts.get(":draftID", use: show)
        for kind in ReviewDraftFiles.Kind.allCases {
            let name = kind == .package ? "package.zip" : "report.\(kind.rawValue)"
            drafts.get(":draftID", PathComponent(stringLiteral: name)) { req in
                try await ReviewDraftFiles.response(kind, content: try await req.reviewDraftContent(), t: req.t, on: req.db)
            }
        }
        let office = drafts.grouped(RequireRole.office)
        office.post(use: create)
        office.put(":draftID", "sections", ":key", use: saveSection)
        office.post(":draftID", "issue", use: issue)
    }

    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let request = try ReviewReportRequest.parse(
            period: body.period, from: body.from, to: body.to, asOf: body.as_of, today: CivilDate.today(now: req.now),
            t: req.t)
        let user = try req.requireUser()
        let draft = try await req.write { db in
            try await ReviewDraftService.create(
                period: request.period, asOf: request.asOf, actor: AuditActor(user), now: req.now, on: db)
        }
        let response = Response(status: .created)
        try response.content.encode(try await json(req, ReviewDraftContent.load(draft, on: req.db)))
        return response
    }

    func show(req: Request) async throws -> DraftJSON {
        try await json(req, try await req.reviewDraftContent())
    }

    func saveSection(req: Request) async throws -> DraftJSON {
        let body = try req.content.decode(SectionBody.self)
        let key = req.parameters.get("key") ?? ""
        let user = try req.requireUser()
        let t = req.t
        let id = try req.reviewDraftID()
        let saved = try await req.write { db in
            guard let draft = try await ReviewDraft.find(id, on: db) else { throw Abort(.notFound) }
            let content = try await ReviewDraftContent.load(draft, on: db)
            return try await ReviewDraftService.saveSection(
                content, key: key, text: body.text ?? "", readVersion: body.version, actor: AuditActor(user),
                now: req.now, on: db, t: t
            ).draft
        }
        return try await json(req, try await ReviewDraftContent.load(saved, on: req.db))
    }

    func issue(req: Request) async throws -> DraftJSON {
        let form = try req.content.decode(ReviewIssueForm.self)
        let user = try req.requireUser()
        let t = req.t
        let id = try req.reviewDraftID()
        try await req.write { db in
            guard let draft = try await ReviewDraft.find(id, on: db) else { throw Abort(.notFound) }
            try await ReviewDraftService.issue(
                try await ReviewDraftContent.load(draft, on: db), form: form, actor: AuditActor(user), now: req.now,
                on: db, t: t)
        }
        return try await json(req, try await req.reviewDraftContent())
    }

    /// The draft as CONTRACT gives it: its figures computed now while a draft, frozen once issued.
    private func json(_ req: Request, _ content: ReviewDraftContent) async throws -> DraftJSON {
        let draft = content.draft
        let figures: ReviewFiguresJSON?
        if let frozen = draft.frozenFigures {
            figures = try JSONDecoder().decode(ReviewFiguresJSON.self, from: Data(frozen.utf8))
        } else {
            figures = try await ReviewDraftService.report(content, t: req.t, on: req.db).figures
        }
        let outline = draft.outline
        return DraftJSON(
            id: draft.id!, version: draft.version, state: draft.state, from: draft.periodFrom, to: draft.periodTo,
            as_of: draft.asOf, notation: draft.notation, issued_on: draft.issuedOn, signer: draft.signer,
            signer_title: draft.signerTitle, authority: draft.authority, recipients: draft.recipients,
            sections: zip(outline.numbers, outline.sections).map { number, s in
                SectionJSON(
                    key: s.key, title: s.title, level: s.level, number: number, figures: s.figures.map(\.rawValue),
                    text: content.text(s.key))
            },
            figures: figures)
    }
}

extension Request {
    func reviewDraftID() throws -> UUID {
        guard let id = parameters.get("draftID", as: UUID.self) else { throw Abort(.notFound) }
        return id
    }

    /// The draft the path names with its texts and comments, or 404.
    func reviewDraftContent() async throws -> ReviewDraftContent {
        guard let draft = try await ReviewDraft.find(try reviewDraftID(), on: db) else { throw Abort(.notFound) }
        return try await ReviewDraftContent.load(draft, on: db)
    }
}
