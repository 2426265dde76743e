import DieuHanhCore
import Fluent
import Vapor

/// The office's counts for the review report (`/reports/review/counts`): the grid for one period and the CSV
/// import. Only the office (coordinator, admin) enters them; everyone else who reads the report sees them in it.
struct OfficeCountsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let counts = routes.grouped("reports", "review", "counts").grouped(RequireRole.office)
        counts.get(use: page)
        counts.post(use: save)
        counts.get("import", use: importPage)
        counts.on(.POST, "import", body: .collect(maxSize: "10mb"), use: importFile)
            .acceptsUploads(upTo: 10 * 1024 * 1024, from: UploadAllowance.office)
    }

    /// The period of the query or the form, read as the review report reads it.
    private func period(_ q: ReportsController.Query, today: CivilDate, t: Localizer) -> (ReviewReportRequest?, [FieldError]) {
        do {
            return (
                try ReviewReportRequest.parse(period: q.period, from: q.from, to: q.to, asOf: q.as_of, today: today, t: t), []
            )
        } catch let failure as ValidationFailure {
            // The page asks for the two dates only: a missing period is the first date's.
            return (nil, failure.errors.map { $0.field == "period" ? FieldError(field: "from", message: $0.message) : $0 })
        } catch {
            return (nil, [])
        }
    }

    func page(req: Request) async throws -> Response {
        let q = try req.query.decode(ReportsController.Query.self)
        let ctx = req.pageContext()
        let chosen = [q.period, q.from, q.to].contains { !($0 ?? "").isEmpty }
        let (request, errors) = period(q, today: ctx.today, t: ctx.t)
        var model = OfficeCountsPage.Model(query: q, request: request, errors: chosen ? errors : [])
        if let request {
            let entered = try await OfficeCountService.entered(from: request.period.from, to: request.period.to, on: req.db)
            for (category, counts) in entered {
                for (code, count) in counts { model.values[OfficeCountsPage.field(category, code)] = VNFormat.integer(count) }
            }
            model.recorded = try await recorded(request, today: ctx.today, on: req.db)
        }
        return OfficeCountsPage.response(ctx, model: model, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func save(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let ctx = req.pageContext()
        let t = ctx.t
        let q = ReportsController.Query(period: nil, from: fields["from"], to: fields["to"], as_of: fields["as_of"])
        let (parsed, periodErrors) = period(q, today: ctx.today, t: t)
        guard let request = parsed else {
            return OfficeCountsPage.response(
                ctx, model: .init(query: q, errors: periodErrors), status: .unprocessableEntity)
        }
        var entries: [OfficeCountEntry] = []
        var errors: [FieldError] = []
        var values: [String: String] = [:]
        for category in OfficeCountCategory.allCases {
            for code in category.codes {
                let name = OfficeCountsPage.field(category, code)
                let typed = (fields[name] ?? "").trimmingCharacters(in: .whitespaces)
                values[name] = typed
                if typed.isEmpty {
                    entries.append(.init(category: category, code: code, count: nil))
                } else if let count = OfficeCounts.parseCount(typed) {
                    entries.append(.init(category: category, code: code, count: count))
                } else {
                    errors.append(
                        .init(field: name, message: OfficeCountsPage.label(category, code, t) + ": " + t(T.countsInvalid, typed)))
                }
            }
        }
        guard errors.isEmpty else {
            var model = OfficeCountsPage.Model(query: q, request: request, values: values, errors: errors)
            model.recorded = try await recorded(request, today: ctx.today, on: req.db)
            return OfficeCountsPage.response(ctx, model: model, status: .unprocessableEntity)
        }
        let actor = AuditActor(try req.requireUser())
        let (from, to, now, checked) = (request.period.from, request.period.to, req.now, entries)
        _ = try await req.write { db in
            try await OfficeCountService.save(checked, from: from, to: to, actor: actor, now: now, on: db)
        }
        req.flash(t(T.countsSaved, VNFormat.date(from), VNFormat.date(to)))
        return req.redirect(to: "/reports/review/counts?" + OfficeCountsPage.periodQuery(request))
    }

    /// What is recorded here for the period, as of today, per box: the documents the committee issued and the
    /// meetings, counted as the report counts them.
    private func recorded(_ request: ReviewReportRequest, today: CivilDate, on db: Database) async throws -> [String: Int] {
        guard let province = try? await ReviewReportBuilder.province(code: nil, asOf: today, on: db) else { return [:] }
        let provinceUnits = try await UnitDirectory.tree(on: db).subtree(of: province.id!)
        var result: [String: Int] = [:]
        let documents = try await ReviewFigures.documentsIssued(
            period: request.period, asOf: today, province: province, provinceUnits: provinceUnits, on: db)
        for (code, count) in documents {
            // A type the grid has no box for is part of "other documents" there.
            let known = OfficeCountCategory.issued.codes.contains(code) ? code : OfficeCounts.other
            result[OfficeCountsPage.field(.issued, known), default: 0] += count
        }
        let meetings = try await MeetingQuery.counts(from: request.period.from, to: request.period.to, asOf: today, on: db)
        for (kind, count) in meetings { result[OfficeCountsPage.field(.meetings, kind.rawValue)] = count }
        return result
    }

    // MARK: CSV

    func importPage(req: Request) async throws -> Response {
        let q = try req.query.decode(ReportsController.Query.self)
        return OfficeCountsImportPage.response(req.pageContext(), query: q)
    }

    func importFile(req: Request) async throws -> Response {
        struct Form: Content {
            var file: File?
            var from: String?
            var to: String?
            var as_of: String?
        }
        let t = req.t
        let form = try req.content.decode(Form.self)
        let q = ReportsController.Query(period: nil, from: form.from, to: form.to, as_of: form.as_of)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return OfficeCountsImportPage.response(
                req.pageContext(), query: q, error: t(T.countsImportNoFile), status: .unprocessableEntity)
        }
        do {
            let summary = try await OfficeCountImport.run(
                data: Data(buffer: file.data), actor: AuditActor(try req.requireUser()), app: req.application)
            req.flash(
                t(T.countsImported, file.filename, String(summary.created), String(summary.updated), String(summary.unchanged)))
            return req.redirect(to: "/reports/review/counts" + OfficeCountsImportPage.query(q))
        } catch let error as CSVError {
            return OfficeCountsImportPage.response(
                req.pageContext(), query: q, error: t(T.countsImportError, error.description), status: .unprocessableEntity)
        }
    }
}
