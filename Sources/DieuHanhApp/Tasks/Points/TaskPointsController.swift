import DieuHanhCore
import Vapor

/// The page of a point addressed to many units.
struct TaskPointsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("tasks", "points", ":pointID", use: show)
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("pointID", as: UUID.self) else { throw Abort(.notFound) }
        let ctx = req.pageContext()
        let model = try await TaskPointPage.model(id, scope: try await req.accessScope(), today: ctx.today, on: req.db)
        return TaskPointPage.response(ctx, model: model)
    }
}
