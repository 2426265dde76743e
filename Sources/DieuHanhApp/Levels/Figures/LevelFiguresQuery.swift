import DieuHanhCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// The figures of the deployments below as of a day, from the days they sent: the page and the API read them here.
enum LevelFiguresQuery {
    struct Row: Sendable {
        let peerID: UUID
        let name: String
        let deploymentID: String
        let counts: TaskCounts
        let documents: Int
        /// When a day of figures last arrived from this peer; nil when none has.
        let lastReceivedAt: Date?
    }

    struct Report: Sendable {
        let asOf: CivilDate
        let rows: [Row]

        var total: TaskCounts { rows.reduce(TaskCounts()) { $0 + $1.counts } }
        var documents: Int { rows.reduce(0) { $0 + $1.documents } }
    }

    /// Parses the day asked (`dd/mm/yyyy` or `yyyy-mm-dd`; today when empty), keeping the Vietnamese problem.
    static func day(_ text: String?, field: String, today: CivilDate, t: Localizer) throws -> CivilDate {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return today }
        guard let day = CivilDate.parse(text) else {
            throw ValidationFailure(errors: [.init(field: field, message: t.dateError(text))])
        }
        return day
    }

    /// Every peer below (a matched unit of a lower tier than this deployment's highest), with the sums of the
    /// changes of the days up to `asOf`; a peer below that sent nothing yet shows zeros.
    static func report(asOf: CivilDate, on db: Database) async throws -> Report {
        let highest = try await LevelFiguresIntake.highestTier(on: db)
        let links = try await LevelUnitLink.query(on: db).all()
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ Set(links.map(\.unitID))).all()
        let kinds = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.unitKind) })
        let below = Set(
            links.filter { LevelFiguresRule.comesFromBelow(kinds[$0.unitID] ?? .other, highestTierHere: highest) }
                .map(\.peerID))
        let sums = try await sums(asOf: asOf, on: db)
        let peers = try await LevelPeer.query(on: db).sort(\.$name).all()
            .filter { below.contains($0.id!) || sums[$0.id!] != nil }
        var rows: [Row] = []
        for peer in peers {
            let last = try await LevelFiguresRecord.query(on: db).filter(\.$peerID == peer.id!)
                .sort(\.$receivedAt, .descending).first()
            let sum = sums[peer.id!]
            rows.append(
                Row(
                    peerID: peer.id!, name: peer.name, deploymentID: peer.deploymentID, counts: sum?.counts ?? TaskCounts(),
                    documents: sum?.documents ?? 0,
                    lastReceivedAt: last?.receivedAt))
        }
        return Report(asOf: asOf, rows: rows)
    }

    /// Per peer, the sums of the days up to `asOf`: one grouped query.
    private static func sums(asOf: CivilDate, on db: Database) async throws -> [UUID: (counts: TaskCounts, documents: Int)] {
        let sql = db as! any SQLDatabase
        // PostgreSQL sums integers into bigints or numerics: cast so both databases answer an integer.
        var select = sql.select().column("peer_id")
        for column in LevelFiguresRecord.bucketColumns + ["documents"] {
            select = select.column(SQLRaw("CAST(SUM(\(column)) AS BIGINT)"), as: column)
        }
        let rows = try await select.from(LevelFiguresRecord.schema).where("day", .lessThanOrEqual, SQLBind(asOf.dayNumber))
            .groupBy("peer_id").all()
        var sums: [UUID: (counts: TaskCounts, documents: Int)] = [:]
        for row in rows {
            var counts = TaskCounts()
            for bucket in TaskBucket.allCases { counts[bucket] = try row.decode(column: bucket.rawValue, as: Int.self) }
            sums[try row.decode(column: "peer_id", as: UUID.self)] = (counts, try row.decode(column: "documents", as: Int.self))
        }
        return sums
    }
}

/// `GET /api/v1/levels/figures`: the same report as the page.
struct LevelFiguresJSON: Content {
    struct Line: Content {
        let peer: String
        let deployment_id: String?
        let total: Int
        let completed_on_time: Int
        let completed_late: Int
        let pending_within_deadline: Int
        let pending_overdue: Int
        let pending_no_deadline: Int
        let documents: Int
        /// ISO 8601, UTC.
        let last_received_at: String?

        init(peer: String, deploymentID: String?, counts: TaskCounts, documents: Int, lastReceivedAt: Date?) {
            self.peer = peer
            deployment_id = deploymentID
            total = counts.total
            completed_on_time = counts.completedOnTime
            completed_late = counts.completedLate
            pending_within_deadline = counts.pendingWithinDeadline
            pending_overdue = counts.pendingOverdue
            pending_no_deadline = counts.pendingNoDeadline
            self.documents = documents
            last_received_at = lastReceivedAt.map { ISO8601DateFormatter().string(from: $0) }
        }
    }

    let as_of: String
    let peers: [Line]
    let total: Line
}
