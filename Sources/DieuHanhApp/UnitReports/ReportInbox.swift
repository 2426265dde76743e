import DieuHanhCore
import Fluent
import Vapor

/// The reports `scope`'s units have to send: overdue ones, those due within 3 working days, and those returned.
enum ReportInbox {
    struct Item: Sendable {
        let request: ReportRequest
        let unitName: String
        let status: ReportProgress.UnitStatus
    }

    /// Overdue reports older than this drop off the inbox (they stay on the request pages and in the ranking).
    static let overdueWindowDays = 90

    static func items(scope: AccessScope, today: CivilDate, on db: Database) async throws -> [Item] {
        guard let visible = try await ReportAccess.requestIDs(scope: scope, on: db), !visible.isEmpty else { return [] }
        var requests: [ReportRequest] = []
        for chunk in Array(visible).reportChunks(500) {
            requests += try await ReportRequest.query(on: db).filter(\.$id ~~ chunk)
                .filter(\.$deadline >= today.adding(days: -overdueWindowDays).iso).filter(\.$issuedOn <= today.iso).all()
        }
        let calendar = try await CalendarService.calendar(on: db)
        let progress = try await ReportProgress.load(requests, scope: scope, asOf: today, calendar: calendar, on: db)
        let names = try await UnitDirectory.names(of: Set(progress.values.joined().map(\.unitID)), on: db)
        var items: [Item] = []
        for status in progress.values.joined() {
            guard let snapshot = status.snapshot else { continue }
            if snapshot.status == .missing || status.dueSoon || (snapshot.status == .notYetDue && snapshot.returned) {
                items.append(Item(request: status.request, unitName: names[status.unitID] ?? "", status: status))
            }
        }
        return items.sorted {
            ($0.status.snapshot!.deadline, $0.request.title, $0.unitName) < (
                $1.status.snapshot!.deadline, $1.request.title, $1.unitName
            )
        }
    }
}
