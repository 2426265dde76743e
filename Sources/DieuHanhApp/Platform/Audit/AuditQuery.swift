import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// The audit log filtered for the browser and the API.
enum AuditQuery {
    struct Filter: Content {
        var actor: String?
        var entity: String?
        var action: String?
        var from: String?
        var to: String?
        var page: Int?
    }

    typealias Page = ResultPage<AuditEntry>

    /// `from`/`to` are Vietnam dates; entries are stamped in UTC, so the bounds are converted.
    static func page(_ filter: Filter, on db: Database, per: Int, t: Localizer) async throws -> (Page, [FieldError]) {
        var errors: [FieldError] = []
        let query = AuditEntry.query(on: db)
        if let actor = filter.actor?.trimmingCharacters(in: .whitespaces).lowercased(), !actor.isEmpty {
            query.filter(\.$actorName ~~ actor)
        }
        if let entity = filter.entity, !entity.isEmpty { query.filter(\.$entity == entity) }
        if let action = filter.action, !action.isEmpty { query.filter(\.$action == action) }
        for (key, text, isEnd) in [("from", filter.from, false), ("to", filter.to, true)] {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
            guard let day = CivilDate.parse(text) else {
                errors.append(.init(field: key, message: t.dateError(text)))
                continue
            }
            let bound = utcStart(of: isEnd ? day.adding(days: 1) : day)
            if isEnd { query.filter(\.$recordedAt < bound) } else { query.filter(\.$recordedAt >= bound) }
        }
        let total = try await query.count()
        let page = PageWindow(page: filter.page ?? 1, per: per).page
        let items = try await query.sort(\.$seq, .descending).range(PageWindow(page: page, per: per).range).all()
        return (Page(items: items, total: total, page: page, per: per), errors)
    }

    /// The UTC timestamp text at which the Vietnamese day begins, comparable with `recorded_at`.
    static func utcStart(of day: CivilDate) -> String {
        let seconds = TimeInterval(day.dayNumber * 86_400 - CivilDate.utcOffsetSeconds)
        return AuditLog.timestamp(Date(timeIntervalSince1970: seconds))
    }
}
