import DieuHanhCore
import Fluent
import Vapor

/// `/stats`: the figures as of a cut-off with breakdowns, a unit scorecard and charts.
struct StatsController: RouteCollection {
    struct Query: Content {
        var as_of: String?
        var assigner: String?
        var lead_unit: String?
        var from: String?
        var to: String?
    }

    func boot(routes: RoutesBuilder) throws {
        routes.get("stats", use: page)
    }

    func page(req: Request) async throws -> Response {
        let q = try req.query.decode(Query.self)
        let ctx = req.pageContext()
        let scope = try await req.accessScope()
        let model = try await req.reading { try await StatsPage.model(q, scope: scope, today: ctx.today, t: ctx.t, on: $0) }
        return StatsPage.response(ctx, model: model)
    }
}
