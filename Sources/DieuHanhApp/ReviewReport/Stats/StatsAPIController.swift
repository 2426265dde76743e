import DieuHanhCore
import Vapor

/// `GET /api/v1/stats/tasks?as_of=&assigner=&lead_unit=&from=` (CONTRACT): the same object as the CLI.
/// A unit officer's figures cover their own subtree only.
struct StatsAPIController: RouteCollection {
    struct Query: Content {
        var as_of: String?
        var assigner: String?
        var lead_unit: String?
        var from: String?
        var to: String?
    }

    func boot(routes: RoutesBuilder) throws {
        routes.get("stats", "tasks", use: tasks)
    }

    func tasks(req: Request) async throws -> TaskStatsJSON {
        let q = try req.query.decode(Query.self)
        let filter = try await TaskStatsFilter.parse(
            asOf: q.as_of, assigner: q.assigner, leadUnit: q.lead_unit, from: q.from,
            to: q.to, today: CivilDate.today(now: req.now),
            scope: try await req.accessScope(), on: req.db, t: req.t)
        return try await req.reading { try await TaskStatistics.json(filter, on: $0) }
    }
}
