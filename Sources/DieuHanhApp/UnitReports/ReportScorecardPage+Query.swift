import DieuHanhCore
import Fluent
import Vapor

extension ReportScorecardPage {
    /// Each unit's completeness and timeliness over `year` as of `asOf` (this year and today when empty), as `scope`
    /// may see them. Values that cannot be read come back as the page's errors.
    static func model(year: String, asOf: String, scope: AccessScope, today: CivilDate, t: Localizer, on db: Database)
        async throws -> Model
    {
        var model = Model(
            year: year.isEmpty ? String(today.year) : year, asOf: asOf, result: nil, errors: [])
        do {
            model.result = try await ReportScorecard.build(
                year: year, asOf: asOf, today: today, scope: scope,
                on: db, t: t)
            if asOf.isEmpty, let result = model.result { model.asOf = VNFormat.date(result.asOf) }
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return model
    }
}
