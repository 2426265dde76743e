import DieuHanhCore
import Vapor

/// `/levels/figures` and `GET /api/v1/levels/figures`: the figures of the deployments below, for leaders and
/// administrators (`Role.canDecide`). One query path (`LevelFiguresQuery`) for both.
struct LevelFiguresController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.grouped("levels", "figures").grouped(RequireRole(\.canDecide)).get(use: page)
    }

    func page(req: Request) async throws -> Response {
        let typed = req.query[String.self, at: "as_of"]
        do {
            let day = try LevelFiguresQuery.day(typed, field: "as_of", today: CivilDate.today(now: req.now), t: req.t)
            let report = try await LevelFiguresQuery.report(asOf: day, on: req.db)
            return LevelFiguresPage.response(req.pageContext(), model: .init(typed: typed, report: report))
        } catch let failure as ValidationFailure {
            return LevelFiguresPage.response(
                req.pageContext(), model: .init(typed: typed, errors: failure.errors), status: .unprocessableEntity)
        }
    }
}

struct LevelFiguresAPIController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.grouped("levels", "figures").grouped(RequireRole(\.canDecide)).get(use: figures)
    }

    /// `date` (`yyyy-mm-dd`), today when absent.
    func figures(req: Request) async throws -> LevelFiguresJSON {
        let day = try LevelFiguresQuery.day(
            req.query[String.self, at: "date"], field: "date", today: CivilDate.today(now: req.now), t: req.t)
        let report = try await LevelFiguresQuery.report(asOf: day, on: req.db)
        return LevelFiguresJSON(
            as_of: day.iso,
            peers: report.rows.map {
                .init(
                    peer: $0.name, deploymentID: $0.deploymentID, counts: $0.counts, documents: $0.documents,
                    lastReceivedAt: $0.lastReceivedAt)
            },
            total: .init(peer: "", deploymentID: nil, counts: report.total, documents: report.documents, lastReceivedAt: nil))
    }
}
