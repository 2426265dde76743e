import DieuHanhCore
import Fluent
import Vapor

extension ReviewReportPage {
    /// The report for the period and cut-off of `q`, once one is chosen, with the periods offered; values that
    /// cannot be read come back as the page's errors.
    static func model(_ q: ReportsController.Query, today: CivilDate, t: Localizer, on db: Database) async throws -> Model {
        var model = Model(query: q, periods: try await periodChoices(today: today, on: db))
        let chosen = [q.period, q.from, q.to, q.as_of].contains { !($0 ?? "").isEmpty }
        if chosen {
            do {
                let request = try ReviewReportRequest.parse(
                    period: q.period, from: q.from, to: q.to, asOf: q.as_of,
                    today: today, t: t)
                model.report = try await request.report(t: t, on: db)
                model.request = request
            } catch let failure as ValidationFailure {
                model.errors = failure.errors
            }
        }
        return model
    }

    /// Half-years, nine months, years and quarters from the first assigned year to this one, newest first.
    static func periodChoices(today: CivilDate, on db: Database) async throws -> [ReportPeriodChoice] {
        let first = try await TaskItem.query(on: db).sort(\.$assignedOn).first()?.assignedDate.year ?? today.year
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

/// A period the page offers: its code and its name.
struct ReportPeriodChoice: Sendable {
    var code: String
    var label: String
}
