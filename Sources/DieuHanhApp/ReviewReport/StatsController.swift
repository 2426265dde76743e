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
        let units = try await UnitDirectory.all(on: req.db)
        var model = StatsPage.Model(query: q, units: units)
        do {
            let filter = try await TaskStatsFilter.parse(
                asOf: q.as_of, assigner: q.assigner, leadUnit: q.lead_unit, from: q.from,
                to: q.to, today: ctx.today, scope: try await req.accessScope(),
                on: req.db, t: ctx.t)
            model.asOf = filter.asOf
            model.stats = try await TaskStatistics.json(filter, on: req.db)
            for dimension in TaskStatistics.Dimension.allCases {
                model.breakdowns[dimension] = try await TaskStatistics.breakdown(filter, by: dimension, on: req.db)
            }
            let leaders = try await UserAccount.query(on: req.db).filter(\.$role == Role.leader.rawValue).all()
            model.leaderNames = Dictionary(uniqueKeysWithValues: leaders.map { ($0.id!.uuidString, $0.fullName) })
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return StatsPage.response(ctx, model: model)
    }
}
