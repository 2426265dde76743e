import DieuHanhCore
import Fluent
import Vapor

extension ReportRequestPage {
    /// A request as `user` (within `scope`) sees it on `today`: who has sent what, a page of `per` units filtered by
    /// `status` and `q` (diacritics ignored), the forms to fill in, the files sent and the reminders; `mailing` says
    /// whether reminders also go by e-mail.
    static func model(
        _ request: ReportRequest, status statusFilter: String?, q: String?, page: Int, per: Int, user: UserAccount,
        scope: AccessScope, mailing: Bool, today: CivilDate, t: Localizer, on db: Database
    ) async throws -> Model {
        let calendar = try await CalendarService.calendar(on: db)
        let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0) })
        let all = ReportRequestQuery.glanceOrder(
            try await ReportProgress.load([request], scope: scope, asOf: today, calendar: calendar, on: db)[request.id!]
                ?? [],
            names: units.mapValues(\.name))
        let filtered = all.filter { status in
            (statusFilter == nil || status.status?.rawValue == statusFilter)
                && (q == nil
                    || VietnameseText.matches(
                        (units[status.unitID]?.name ?? "") + " " + (units[status.unitID]?.code ?? ""), query: q!))
        }
        let rows = Array(PageWindow(page: page, per: per).slice(filtered))
        let versionIDs = rows.compactMap { $0.status?.isSubmitted == true ? $0.version?.id : nil }
        let reminders = try await ReportReminder.query(on: db).filter(\.$requestID == request.id!).sort(\.$recordedAt).all()
        let link = try await LevelReportLink.query(on: db).filter(\.$requestID == request.id!).first()
        var model = Model(
            request: request, requesterName: units[request.requesterID]?.name ?? "—",
            regime: try await request.regimeID.flatMapAsync { try await ReportingRegime.find($0, on: db) },
            recipientsLabel: ReportRecipientSpec(code: request.recipients).label(units: units, t: t),
            forms: try await AttachmentService.list(.reportRequest, ids: [request.id!], on: db)[request.id!] ?? [],
            rows: rows, counts: ReportProgress.counts(all), total: filtered.count, page: page, per: per,
            units: units,
            files: try await AttachmentService.list(.reportSubmission, ids: versionIDs, on: db),
            reminders: Dictionary(grouping: reminders, by: \.unitID), status: statusFilter, q: q,
            canManage: ReportAccess.mayManage(user), isUnitOfficer: user.userRole == .unitOfficer,
            mailing: mailing)
        if let link { model.level = (link.side, try await LevelPeer.find(link.peerID, on: db)?.name ?? "") }
        return model
    }
}
