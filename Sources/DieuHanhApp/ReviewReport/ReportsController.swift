import DieuHanhCore
import Fluent
import Vapor

/// `/reports`: the review report — choose a period and a cut-off, read it in the browser, download DOCX/XLSX/HTML.
/// Province-wide figures: office staff, leaders and viewers; unit officers see their own figures on `/stats`.
struct ReportsController: RouteCollection {
    struct Query: Content {
        var period: String?
        var from: String?
        var to: String?
        var as_of: String?
    }

    func boot(routes: RoutesBuilder) throws {
        // Everyone signed in reaches the index (unit officers answer report requests from it); the province-wide
        // review report stays with office staff, leaders and viewers.
        routes.grouped("reports").get(use: index)
        let reports = routes.grouped("reports").grouped(RequireRole(\.seesEveryUnit))
        reports.get("review", use: review)
        for format in ReviewReportRequest.Format.allCases {
            reports.get(PathComponent(stringLiteral: "review.\(format.rawValue)")) { req in try await download(req, format) }
        }
    }

    func index(req: Request) async throws -> Response {
        ReportsIndexPage.response(req.pageContext())
    }

    func review(req: Request) async throws -> Response {
        let q = try req.query.decode(Query.self)
        let ctx = req.pageContext()
        let model = try await req.reading { try await ReviewReportPage.model(q, today: ctx.today, t: ctx.t, on: $0) }
        return ReviewReportPage.response(ctx, model: model, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func download(_ req: Request, _ format: ReviewReportRequest.Format) async throws -> Response {
        let q = try req.query.decode(Query.self)
        let request = try ReviewReportRequest.parse(
            period: q.period, from: q.from, to: q.to, asOf: q.as_of,
            today: CivilDate.today(now: req.now), t: req.t)
        let report = try await req.reading { try await request.report(t: req.t, on: $0) }
        let data = try ReviewReportRequest.render(report, as: format)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: format.contentType)
        response.headers.contentDisposition = .init(.attachment, filename: request.fileName(format))
        return response
    }
}
