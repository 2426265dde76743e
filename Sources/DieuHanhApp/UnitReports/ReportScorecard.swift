import DieuHanhCore
import Fluent
import Vapor

/// Per unit over a year: the reports it had to send (requests whose deadline fell in the year and had passed by
/// the cut-off), how many it sent, on time, late, missing; the rates; ranked (DOMAIN §6).
enum ReportScorecard {
    struct Result: Sendable {
        var year: Int
        var asOf: CivilDate
        var total: ReportingCounts
        var lines: [ReportingRanking.Line<UUID>]
        var units: [UUID: OrgUnit]
        var requests: Int
    }

    static func build(
        year yearText: String?, asOf asOfText: String?, today: CivilDate, scope: AccessScope, on db: Database,
        t: Localizer
    ) async throws -> Result {
        var errors: [FieldError] = []
        var year = today.year
        if let text = yearText?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let value = Int(text), (2000...2200).contains(value) {
                year = value
            } else {
                errors.append(.init(field: "year", message: t(T.reportYearInvalid)))
            }
        }
        var asOf = year < today.year ? CivilDate(year: year, month: 12, day: 31)! : today
        if let text = asOfText?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let date = CivilDate.parse(text) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(text)))
            }
        }
        try errors.throwIfAny()
        let lastDue = min(CivilDate(year: year, month: 12, day: 31)!, asOf.adding(days: -1))
        let query = ReportRequest.query(on: db).filter(\.$deadline >= "\(year)-01-01").filter(\.$deadline <= lastDue.iso)
        if let visible = try await ReportAccess.requestIDs(scope: scope, on: db) {
            guard !visible.isEmpty else {
                return Result(year: year, asOf: asOf, total: .init(), lines: [], units: [:], requests: 0)
            }
            query.filter(\.$id ~~ Array(visible))
        }
        let requests = try await query.all()
        let calendar = try await CalendarService.calendar(on: db)
        let progress = try await ReportProgress.load(requests, scope: scope, asOf: asOf, calendar: calendar, on: db)
        var byUnit: [UUID: ReportingCounts] = [:]
        for status in progress.values.joined() {
            guard let value = status.status else { continue }
            byUnit[status.unitID, default: .init()][value] += 1
        }
        let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0) })
        let lines = ReportingRanking.ranked(byUnit.map { .init(id: $0.key, name: units[$0.key]?.name ?? "—", counts: $0.value) })
        return Result(
            year: year, asOf: asOf, total: byUnit.values.reduce(ReportingCounts(), +), lines: lines, units: units,
            requests: requests.count)
    }
}

/// The yearly figures as JSON (API and `dieuhanh reports stats --format json`).
struct ReportStatsJSON: Content {
    struct Unit: Content {
        let rank: Int
        let unit: String
        let name: String
        let expected: Int
        let submitted: Int
        let submitted_on_time: Int
        let submitted_late: Int
        let missing: Int
        let completeness_rate: Double?
        let timeliness_rate: Double?
    }

    let year: Int
    let as_of: String
    let requests: Int
    let expected: Int
    let submitted: Int
    let submitted_on_time: Int
    let submitted_late: Int
    let missing: Int
    let completeness_rate: Double?
    let timeliness_rate: Double?
    let units: [Unit]

    init(_ r: ReportScorecard.Result) {
        year = r.year
        as_of = r.asOf.iso
        requests = r.requests
        expected = r.total.expected
        submitted = r.total.submitted
        submitted_on_time = r.total.submittedOnTime
        submitted_late = r.total.submittedLate
        missing = r.total.missing
        completeness_rate = r.total.completeness.percent
        timeliness_rate = r.total.timeliness.percent
        units = r.lines.map { line in
            Unit(
                rank: line.rank, unit: r.units[line.id]?.code ?? "", name: line.name, expected: line.counts.expected,
                submitted: line.counts.submitted, submitted_on_time: line.counts.submittedOnTime,
                submitted_late: line.counts.submittedLate, missing: line.counts.missing,
                completeness_rate: line.counts.completeness.percent, timeliness_rate: line.counts.timeliness.percent)
        }
    }
}
