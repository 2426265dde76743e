import DieuHanhCore
import Fluent
import Vapor

extension ReportRemindersPage {
    /// A page of the reminders recorded for the units `scope` may see (of one request when asked), newest first.
    static func model(request requestFilter: UUID?, page: Int, scope: AccessScope, mailing: Bool, on db: Database)
        async throws -> Model
    {
        let query = ReportReminder.query(on: db)
        if let ids = scope.unitIDs { query.filter(\.$unitID ~~ Array(ids.isEmpty ? [UUID()] : ids)) }
        if let requestFilter { query.filter(\.$requestID == requestFilter) }
        let total = try await query.copy().count()
        let items = try await query.sort(\.$recordedAt, .descending).range(PageWindow(page: page, per: 50).range).all()
        var requests: [UUID: ReportRequest] = [:]
        let ids = Array(Set(items.map(\.requestID)))
        if !ids.isEmpty { for r in try await ReportRequest.query(on: db).filter(\.$id ~~ ids).all() { requests[r.id!] = r } }
        return Model(
            page: ResultPage(items: items, total: total, page: page, per: 50), requests: requests,
            unitNames: try await UnitDirectory.names(of: items.map(\.unitID), on: db), mailing: mailing,
            request: requestFilter?.uuidString)
    }
}
