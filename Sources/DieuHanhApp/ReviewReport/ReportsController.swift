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
        var model = ReviewReportPage.Model(query: q, periods: try await periodChoices(req, today: ctx.today))
        let chosen = [q.period, q.from, q.to, q.as_of].contains { !($0 ?? "").isEmpty }
        if chosen {
            do {
                let request = try ReviewReportRequest.parse(
                    period: q.period, from: q.from, to: q.to, asOf: q.as_of,
                    today: ctx.today, t: ctx.t)
                model.report = try await build(req, request)
                model.request = request
            } catch let failure as ValidationFailure {
                model.errors = failure.errors
            }
        }
        return ReviewReportPage.response(ctx, model: model, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func download(_ req: Request, _ format: ReviewReportRequest.Format) async throws -> Response {
        let q = try req.query.decode(Query.self)
        let request = try ReviewReportRequest.parse(
            period: q.period, from: q.from, to: q.to, asOf: q.as_of,
            today: CivilDate.today(now: req.now), t: req.t)
        let data = try ReviewReportRequest.render(try await build(req, request), as: format)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: format.contentType)
        response.headers.contentDisposition = .init(.attachment, filename: request.fileName(format))
        return response
    }

    private func build(_ req: Request, _ request: ReviewReportRequest) async throws -> ReviewReport {
        do {
            let province = try await ReviewReportBuilder.province(code: nil, asOf: request.asOf, on: req.db)
            return try await ReviewReportBuilder.build(period: request.period, asOf: request.asOf, province: province, on: req.db)
        } catch ReviewReportBuilder.Failure.noProvince {
            throw ValidationFailure(errors: [.init(field: "period", message: req.t(T.reviewNoProvince))])
        }
    }

    /// Half-years, nine months, years and quarters from the first assigned year to this one, newest first.
    private func periodChoices(_ req: Request, today: CivilDate) async throws -> [ReportPeriodChoice] {
        let first = try await TaskItem.query(on: req.db).sort(\.$assignedOn).first()?.assignedDate.year ?? today.year
        var choices: [ReportPeriodChoice] = []
        for year in stride(from: today.year, through: min(first, today.year), by: -1) {
            for suffix in ["H2", "9M", "H1", "", "Q4", "Q3", "Q2", "Q1"] {
                let code = suffix.isEmpty ? "\(year)" : "\(year)-\(suffix)"
                if let period = ReportPeriod(code: code), period.from <= today {
                    choices.append(ReportPeriodChoice(code: code, label: period.label))
                }
            }
        }
        return choices
    }
}

struct ReportPeriodChoice: Sendable {
    var code: String
    var label: String
}
