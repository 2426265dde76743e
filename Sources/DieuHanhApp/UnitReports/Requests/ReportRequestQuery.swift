import DieuHanhCore
import Fluent
import Vapor

/// The filtered, paged list of requests with each one's progress as of today (pages and API share it).
enum ReportRequestQuery {
    struct Filter: Content, Sendable {
        var q: String?
        var kind: String?
        var year: String?
        /// `open` (deadline not passed), `missing` (a unit has not sent it after the deadline), `complete`.
        var state: String?
        var unit: String?
        var regime: String?
        var page: Int?
    }

    enum State: String, CaseIterable {
        case open, missing, complete
    }

    struct Row: Sendable {
        let request: ReportRequest
        /// The recipients the caller may see, with their status.
        let statuses: [ReportProgress.UnitStatus]
        let counts: ReportingCounts
    }

    struct Result {
        var page: ResultPage<Row>
        var today: CivilDate
        /// Whether any request exists at all that the caller may see (for the empty state).
        var anyVisible: Bool
    }

    static func run(
        _ filter: Filter, scope: AccessScope, today: CivilDate, per: Int, on db: Database,
        t: Localizer
    ) async throws -> Result {
        var errors: [FieldError] = []
        let kind = filter.kind.flatMap { $0.isEmpty ? nil : $0 }
        if let kind, ReportRequest.Kind(rawValue: kind) == nil {
            errors.append(.init(field: "kind", message: t(T.reportKindInvalid)))
        }
        var year: Int?
        if let text = filter.year, !text.isEmpty {
            if let value = Int(text), (2000...2200).contains(value) {
                year = value
            } else {
                errors.append(.init(field: "year", message: t(T.reportYearInvalid)))
            }
        }
        let state = filter.state.flatMap { $0.isEmpty ? nil : $0 }
        if let state, State(rawValue: state) == nil { errors.append(.init(field: "state", message: t(T.reportStateInvalid))) }
        var unitIDs: Set<UUID>?
        if let text = filter.unit?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let unit = try await ReportUnitLookup.find(text, on: db)
            if let unit { unitIDs = [unit.id!] } else { errors.append(.init(field: "unit", message: t(T.taskUnitUnknown, text))) }
        }
        try errors.throwIfAny()

        let visible = try await ReportAccess.requestIDs(scope: scope, on: db)
        let query = ReportRequest.query(on: db)
        if let visible { query.filter(\.$id ~~ Array(visible.isEmpty ? [UUID()] : visible)) }
        let anyVisible = try await query.copy().first() != nil
        if let kind { query.filter(\.$kind == kind) }
        if let year { query.filter(\.$deadline >= "\(year)-01-01").filter(\.$deadline <= "\(year)-12-31") }
        if let regime = filter.regime.flatMap(UUID.init(uuidString:)) { query.filter(\.$regimeID == regime) }
        for word in VietnameseText.fold(filter.q ?? "").split(separator: " ") {
            query.filter(\.$searchText ~~ String(word))
        }
        if let unitIDs {
            let ids = try await ReportRequestRecipient.query(on: db).filter(\.$unitID ~~ Array(unitIDs)).all().map(\.requestID)
            query.filter(\.$id ~~ (ids.isEmpty ? [UUID()] : ids))
        }
        if state == State.open.rawValue { query.filter(\.$deadline >= today.iso) }
        let requests = try await query.sort(\.$deadline, .descending).sort(\.$title).all()
        let calendar = try await CalendarService.calendar(on: db)
        var rowScope = scope
        if let unitIDs { rowScope = AccessScope(unitIDs: scope.unitIDs.map { $0.intersection(unitIDs) } ?? unitIDs) }
        let progress = try await ReportProgress.load(requests, scope: rowScope, asOf: today, calendar: calendar, on: db)
        var rows: [Row] = []
        for request in requests {
            let statuses = progress[request.id!] ?? []
            let counts = ReportProgress.counts(statuses)
            switch State(rawValue: state ?? "") {
            case .missing: guard counts.missing > 0 else { continue }
            case .complete: guard counts.expected > 0, counts.submitted == counts.expected else { continue }
            case .open, nil: break
            }
            rows.append(Row(request: request, statuses: statuses, counts: counts))
        }
        let page = PageWindow(page: filter.page ?? 1, per: per).page
        let slice = Array(PageWindow(page: page, per: per).slice(rows))
        return Result(
            page: ResultPage(items: slice, total: rows.count, page: page, per: per), today: today, anyVisible: anyVisible)
    }

    /// "Who is late at a glance": missing first (longest overdue first), then due soon, not yet due, late, on
    /// time; then by unit name in Vietnamese order.
    static func glanceOrder(_ statuses: [ReportProgress.UnitStatus], names: [UUID: String]) -> [ReportProgress.UnitStatus] {
        func rank(_ s: ReportProgress.UnitStatus) -> Int {
            switch s.status {
            case .missing: 0
            case .notYetDue: s.dueSoon ? 1 : 2
            case .submittedLate: 3
            case .submittedOnTime: 4
            case nil: 5
            }
        }
        return statuses.sorted { a, b in
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            return VietnameseText.areInIncreasingOrder(names[a.unitID] ?? "", names[b.unitID] ?? "")
        }
    }
}
