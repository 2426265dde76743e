import DieuHanhCore
import Fluent
import Vapor

extension HomePage {
    /// The home page of `user` today: their name and unit, the figures of the work in their scope and what waits on
    /// them.
    static func model(for user: UserAccount, today: CivilDate, on db: Database, t: Localizer) async throws -> Model {
        let scope = try await AccessScope.of(user, on: db)
        return Model(
            fullName: user.fullName,
            unitName: try await unitOf(user, on: db)?.name,
            role: user.userRole,
            figures: try await HomeFigures.figures(for: user, scope: scope, today: today, on: db, t: t),
            queues: try await WorkQueues.build(for: user, scope: scope, today: today, on: db),
            noUnits: try await OrgUnit.query(on: db).first() == nil)
    }

    /// The figures `role` looks at first, in the order they matter to it.
    static func tiles(_ model: Model) -> [Tile] {
        let f = model.figures
        let q = model.queues
        var tiles: [Tile] = [
            Tile(label: T.homeOverdue, count: f.counts[.pendingOverdue], href: "/tasks?status=pending_overdue", tone: .bad),
            Tile(label: T.homeDueSoon, count: f.dueSoon, href: "/tasks?status=due_soon", tone: .warn),
        ]
        switch model.role {
        case .unitOfficer:
            tiles.append(Tile(label: T.homeReturned, count: q.returned.count, href: "/inbox#returned", tone: .warn))
            if !q.toExplain.isEmpty {
                tiles.append(Tile(label: T.inboxToExplain, count: q.toExplain.count, href: "/inbox#to-explain", tone: .bad))
            }
            tiles.append(
                // As the inbox's section counts them: overdue, due within 3 working days, returned.
                Tile(label: T.inboxReports, count: q.reports.count, href: "/inbox#reports", tone: .warn))
        case .coordinator:
            tiles.append(Tile(label: T.homeToConfirm, count: q.toConfirm.count, href: "/inbox#to-confirm", tone: .warn))
            tiles.append(
                Tile(label: T.homeToRecord, count: q.programmeToRecord.count, href: "/inbox#programme-to-record", tone: .warn))
            tiles.append(Tile(label: T.homeLateReports, count: q.reports.count, href: "/inbox#reports", tone: .bad))
        case .leader:
            tiles.append(Tile(label: T.homeToConfirm, count: q.toConfirm.count, href: "/inbox#to-confirm", tone: .warn))
            tiles.append(Tile(label: T.homeToDecide, count: q.toDecide.count, href: "/inbox#to-decide", tone: .warn))
            tiles.append(
                Tile(
                    label: T.homeProgrammeToDecide, count: q.programmeToDecide.count, href: "/inbox#programme-to-decide",
                    tone: .warn))
        case .admin:
            tiles.append(Tile(label: T.homeToConfirm, count: q.toConfirm.count, href: "/inbox#to-confirm", tone: .warn))
            tiles.append(Tile(label: T.homeToDecide, count: q.toDecide.count, href: "/inbox#to-decide", tone: .warn))
            tiles.append(
                Tile(
                    label: T.homeProgrammeToDecide, count: q.programmeToDecide.count, href: "/inbox#programme-to-decide",
                    tone: .warn))
        case .viewer:
            break
        }
        let unit = f.indicatorUnitCode.map { "&unit=" + $0.urlQueryEscaped } ?? ""
        tiles.append(
            Tile(
                label: T.homeIndicatorsAtRisk, count: f.indicatorsAtRisk,
                href: "/indicators?year=\(f.indicatorYear)&status=at_risk" + unit, tone: .warn))
        tiles.append(Tile(label: T.homeOpen, count: f.open, href: "/tasks?status=\(TaskQuery.openStatus)", tone: .plain))
        return tiles
    }
}
