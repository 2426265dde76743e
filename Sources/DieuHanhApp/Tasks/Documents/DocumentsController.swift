import DieuHanhCore
import Fluent
import Vapor

/// Directive documents: a searchable list and each document with its tasks.
struct DocumentsController: RouteCollection {
    static let perPage = 50

    func boot(routes: RoutesBuilder) throws {
        routes.get("documents", use: list)
        routes.get("documents", ":documentID", use: show)
    }

    func list(req: Request) async throws -> Response {
        let q = (try? req.query.get(String.self, at: "q")) ?? ""
        let page = req.listPage
        let query = Document.query(on: req.db)
        for word in VietnameseText.fold(q).split(separator: " ") { query.filter(\.$searchText ~~ String(word)) }
        let total = try await query.count()
        let items = try await query.sort(\.$issuedOn, .descending).sort(\.$notation)
            .range(PageWindow(page: page, per: Self.perPage).range).all()
        let counts = try await taskCounts(items.compactMap(\.id), on: req.db)
        return DocumentsListPage.response(
            req.pageContext(),
            model: .init(
                query: q, page: ResultPage(items: items, total: total, page: page, per: Self.perPage), taskCounts: counts))
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("documentID", as: UUID.self), let document = try await Document.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return try await Self.page(req, document: document, errors: [])
    }

    static func page(_ req: Request, document: Document, errors: [FieldError], status: HTTPStatus = .ok) async throws -> Response
    {
        let ctx = req.pageContext()
        let issuer = try await document.issuerID.flatMapAsync { try await OrgUnit.find($0, on: req.db)?.name }
        let count = try await TaskItem.query(on: req.db).filter(\.$documentID == document.id!).count()
        let files = try await AttachmentService.list(.document, ids: [document.id!], on: req.db)[document.id!] ?? []
        return DocumentPage.response(
            ctx,
            model: .init(
                document: document, issuerName: issuer, taskCount: count, attachments: files,
                canAttach: ctx.role?.canManageTrackingData == true, errors: errors),
            status: status)
    }

    private func taskCounts(_ ids: [UUID], on db: Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        var counts: [UUID: Int] = [:]
        for task in try await TaskItem.query(on: db).filter(\.$documentID ~~ ids).field(\.$id).field(\.$documentID).all() {
            counts[task.documentID, default: 0] += 1
        }
        return counts
    }
}
