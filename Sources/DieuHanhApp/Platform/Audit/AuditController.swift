import DieuHanhCore
import Fluent
import Vapor

/// The audit log in the browser: administrators only; read-only by construction (no route changes it).
struct AuditController: RouteCollection {
    static let perPage = 50

    func boot(routes: RoutesBuilder) throws {
        let audit = routes.grouped("audit").grouped(RequireRole(\.canReadAuditLog))
        audit.get(use: list)
        audit.get(":seq", use: show)
    }

    func list(req: Request) async throws -> Response {
        let filter = try req.query.decode(AuditQuery.Filter.self)
        let ctx = req.pageContext()
        let model = try await AuditListPage.model(filter, per: Self.perPage, t: ctx.t, on: req.db)
        return AuditListPage.response(ctx, model: model)
    }

    func show(req: Request) async throws -> Response {
        guard let seq = req.parameters.get("seq", as: Int.self),
            let entry = try await AuditEntry.query(on: req.db).filter(\.$seq == seq).first()
        else { throw Abort(.notFound) }
        return AuditDetailPage.response(req.pageContext(), entry: entry)
    }
}
