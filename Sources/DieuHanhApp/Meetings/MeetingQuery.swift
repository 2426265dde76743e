import DieuHanhCore
import Fluent
import Vapor

/// The meetings of a period, as the list page and the API ask for them, and their counts by kind.
enum MeetingQuery {
    /// The query string both the page and the API read.
    struct Filter: Content {
        var from: String?
        var to: String?
        var kind: String?
        var q: String?
    }

    /// A filter read and checked: the dates default to the current year.
    struct Parsed {
        var from: CivilDate
        var to: CivilDate
        var kind: MeetingKind?
        var q: String
    }

    static func parse(_ filter: Filter, today: CivilDate, t: Localizer) -> (Parsed, [FieldError]) {
        var errors: [FieldError] = []
        func date(_ text: String?, field: String, default value: CivilDate) -> CivilDate {
            let text = (text ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return value }
            if let date = CivilDate.parse(text) { return date }
            errors.append(.init(field: field, message: t.dateError(text)))
            return value
        }
        let from = date(filter.from, field: "from", default: CivilDate(year: today.year, month: 1, day: 1)!)
        let to = date(filter.to, field: "to", default: CivilDate(year: today.year, month: 12, day: 31)!)
        if from > to { errors.append(.init(field: "to", message: t(T.meetingPeriodBackwards))) }
        var kind: MeetingKind?
        let kindText = (filter.kind ?? "").trimmingCharacters(in: .whitespaces)
        if !kindText.isEmpty {
            kind = MeetingKind(rawValue: kindText)
            if kind == nil { errors.append(.init(field: "kind", message: t(T.meetingKindRequired))) }
        }
        return (Parsed(from: from, to: to, kind: kind, q: (filter.q ?? "").trimmingCharacters(in: .whitespaces)), errors)
    }

    /// One page of the period's meetings, the latest first.
    static func page(_ p: Parsed, page: Int, per: Int, on db: Database) async throws -> ResultPage<Meeting> {
        let query = Meeting.query(on: db).filter(\.$heldOn >= p.from.iso).filter(\.$heldOn <= p.to.iso)
        if let kind = p.kind { query.filter(\.$kind == kind.rawValue) }
        for word in VietnameseText.fold(p.q).split(separator: " ") { query.filter(\.$searchText ~~ String(word)) }
        let total = try await query.count()
        let window = PageWindow(page: page, per: per)
        let items = try await query.sort(\.$heldOn, .descending).sort(\.$title)
            .range(window.offset..<(window.offset + per)).all()
        return ResultPage(items: items, total: total, page: window.page, per: per)
    }

    /// Meetings held from `from` to `to`, by kind, as of `asOf` (MeetingCount, Core): for the review report.
    static func counts(from: CivilDate, to: CivilDate, asOf: CivilDate, on db: Database) async throws -> [MeetingKind: Int] {
        let rows = try await Meeting.query(on: db).filter(\.$heldOn >= from.iso).filter(\.$heldOn <= to.iso)
            .field(\.$kind).field(\.$heldOn).field(\.$recordedOn).all()
        return MeetingCount.counts(rows.map(\.fact), from: from, to: to, asOf: asOf)
    }
}
