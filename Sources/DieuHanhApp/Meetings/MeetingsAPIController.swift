import DieuHanhCore
import Fluent
import Vapor

/// Meetings over JSON: the period's list (`GET /api/v1/meetings`) and the counts by kind as of a cut-off
/// (`GET /api/v1/stats/meetings`), which the review report uses.
struct MeetingsAPIController: RouteCollection {
    struct MeetingJSON: Content {
        let id: UUID
        let kind: String
        let title: String
        let held_on: String
        let start_time: String?
        let place: String
        let chair_name: String
        let chair_title: String
        let notice_document_id: UUID?
        let recorded_on: String
        let version: Int

        init(_ m: Meeting) {
            id = m.id!
            kind = m.kind
            title = m.title
            held_on = m.heldOn
            start_time = m.startTime
            place = m.place
            chair_name = m.chairName
            chair_title = m.chairTitle
            notice_document_id = m.noticeDocumentID
            recorded_on = m.recordedOn
            version = m.version
        }
    }

    struct StatsJSON: Content {
        let from: String
        let to: String
        let as_of: String
        let total: Int
        let by_kind: [String: Int]
    }

    func boot(routes: RoutesBuilder) throws {
        routes.get("meetings", use: list)
        routes.get("stats", "meetings", use: stats)
    }

    func list(req: Request) async throws -> PageJSON<MeetingJSON> {
        let t = req.t
        let paging = try Paging(req, t: t)
        let (parsed, errors) = MeetingQuery.parse(
            try req.query.decode(MeetingQuery.Filter.self), today: CivilDate.today(now: req.now), t: t)
        try errors.throwIfAny()
        let page = try await MeetingQuery.page(parsed, page: paging.page, per: paging.per, on: req.db)
        return PageJSON(items: page.items.map(MeetingJSON.init), total: page.total, page: paging.page, per: paging.per)
    }

    func stats(req: Request) async throws -> StatsJSON {
        let t = req.t
        let today = CivilDate.today(now: req.now)
        let filter = try req.query.decode(MeetingQuery.Filter.self)
        let (parsed, parseErrors) = MeetingQuery.parse(.init(from: filter.from, to: filter.to), today: today, t: t)
        var errors = parseErrors
        var asOf = today
        if let text = try? req.query.get(String.self, at: "as_of"), !text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let date = CivilDate.parse(text) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(text)))
            }
        }
        try errors.throwIfAny()
        let counts = try await MeetingQuery.counts(from: parsed.from, to: parsed.to, asOf: asOf, on: req.db)
        return StatsJSON(
            from: parsed.from.iso, to: parsed.to.iso, as_of: asOf.iso, total: counts.values.reduce(0, +),
            by_kind: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }))
    }
}
