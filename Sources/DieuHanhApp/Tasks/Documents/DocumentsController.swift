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
        let model = try await DocumentsListPage.model(query: q, page: req.listPage, per: Self.perPage, on: req.db)
        return DocumentsListPage.response(req.pageContext(), model: model)
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("documentID", as: UUID.self), let document = try await Document.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return try await Self.page(req, document: document, errors: [])
    }

    static func page(_ req: Request, document: Document, errors: [FieldError], status: HTTPStatus = .ok) async throws -> Response
    {
        let ctx = req.pageContext()
        let model = try await DocumentPage.model(
            document, canAttach: ctx.role?.canManageTrackingData == true, errors: errors, on: req.db)
        return DocumentPage.response(ctx, model: model, status: status)
    }
}
