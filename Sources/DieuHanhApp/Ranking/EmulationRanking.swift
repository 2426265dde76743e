import DieuHanhCore
import Fluent
import Foundation
import SQLKit

/// The yearly emulation ranking (thi đua, DOMAIN §11): for every unit of the province with something due in the
/// year as of the cut-off — tasks it leads or coordinates that were assigned in the year, reports it had to send —
/// its facts and its score by the office's weights (`EmulationScore`, Core), best first.
enum EmulationRanking {
    struct Line: Sendable {
        let unit: OrgUnit
        let facts: EmulationFacts
        let score: EmulationScore
        var rank = 0
    }

    struct Result: Sendable {
        let year: Int
        let asOf: CivilDate
        let weights: EmulationWeights
        let lines: [Line]
        /// Units with nothing due: listed apart, unranked.
        let unscored: [OrgUnit]

        /// The tasks of the year for the list (`/tasks`), which the counts come from.
        var assignedFrom: CivilDate { CivilDate(year: year, month: 1, day: 1)! }
        var assignedTo: CivilDate { min(CivilDate(year: year, month: 12, day: 31)!, asOf) }
    }

    static func build(year: Int, asOf: CivilDate, today: CivilDate, on db: Database, t: Localizer) async throws -> Result {
        let weights = try await EmulationSettings.current(on: db).weights
        var facts: [UUID: EmulationFacts] = [:]
        let (from, to) = (CivilDate(year: year, month: 1, day: 1)!, min(CivilDate(year: year, month: 12, day: 31)!, asOf))
        let filter = TaskStatsFilter(asOf: asOf, from: from, to: to)
        // Lead: the status index's counts per lead unit, with the days late.
        for group in try await TaskStatistics.breakdown(filter, by: .leadUnit, on: db) {
            guard let id = group.key.flatMap(UUID.init(uuidString:)) else { continue }
            var f = facts[id] ?? EmulationFacts()
            f.leadOnTime = group.counts.completedOnTime
            f.leadLate = group.counts.completedLate
            f.leadOverdue = group.counts.pendingOverdue
            f.leadDaysLate = group.daysLateTotal
            facts[id] = f
        }
        // Coordination: the due tasks of each bucket, then who coordinates them.
        for bucket in [TaskBucket.completedOnTime, .completedLate, .pendingOverdue] {
            let ids = try await TaskStatistics.taskIDs(filter, buckets: [bucket], on: db)
            for unit in try await coordinators(of: ids, on: db) {
                var f = facts[unit] ?? EmulationFacts()
                switch bucket {
                case .completedOnTime: f.coordinationOnTime += 1
                case .completedLate: f.coordinationLate += 1
                default: f.coordinationOverdue += 1
                }
                facts[unit] = f
            }
        }
        // Explanations: how many of its lead tasks of the year it was asked to explain by the cut-off.
        for (id, asked) in try await TaskExplanation.askedByLeadUnit(assignedFrom: from, to: to, asOf: asOf, on: db) {
            var f = facts[id] ?? EmulationFacts()
            f.explanationsAsked = asked
            facts[id] = f
        }
        // Reports: what each unit had to send in the year by the cut-off (the reports' own scorecard).
        let reports = try await ReportScorecard.build(
            year: String(year), asOf: asOf.iso, today: today, scope: .everything, on: db, t: t)
        for line in reports.lines {
            var f = facts[line.id] ?? EmulationFacts()
            f.reportsOnTime = line.counts.submittedOnTime
            f.reportsDue = line.counts.submittedOnTime + line.counts.submittedLate + line.counts.missing
            facts[line.id] = f
        }
        let units = facts.isEmpty ? [] : try await OrgUnit.query(on: db).filter(\.$id ~~ Array(facts.keys)).all()
        var lines: [Line] = []
        var unscored: [OrgUnit] = []
        for unit in units where ![UnitKind.government, .ministry, .province].contains(unit.unitKind) {
            let f = facts[unit.id!]!
            let score = EmulationScore.score(f, weights: weights)
            if score.score == nil { unscored.append(unit) } else { lines.append(Line(unit: unit, facts: f, score: score)) }
        }
        return Result(
            year: year, asOf: asOf, weights: weights, lines: ranked(lines),
            unscored: unscored.sorted { VietnameseText.areInIncreasingOrder($0.name, $1.name) })
    }

    /// Best score first, then the on-time share, then the name; equal scores and shares share a rank (1, 2, 2, 4).
    static func ranked(_ lines: [Line]) -> [Line] {
        let sorted = lines.sorted { a, b in
            let (sa, sb) = (a.score.score ?? -1, b.score.score ?? -1)
            if sa != sb { return sa > sb }
            let (oa, ob) = (a.score.onTimeRate ?? -1, b.score.onTimeRate ?? -1)
            if oa != ob { return oa > ob }
            return VietnameseText.areInIncreasingOrder(a.unit.name, b.unit.name)
        }
        var result: [Line] = []
        for (i, line) in sorted.enumerated() {
            var ranked = line
            if let previous = result.last, previous.score.score == line.score.score,
                previous.score.onTimeRate == line.score.onTimeRate
            {
                ranked.rank = previous.rank
            } else {
                ranked.rank = i + 1
            }
            result.append(ranked)
        }
        return result
    }

    /// The coordinating units of these tasks, once per task and unit (500 ids at a time).
    private static func coordinators(of taskIDs: [UUID], on db: Database) async throws -> [UUID] {
        var units: [UUID] = []
        for start in stride(from: 0, to: taskIDs.count, by: 500) {
            let chunk = Array(taskIDs[start..<min(start + 500, taskIDs.count)])
            units += try await TaskCoordinator.query(on: db).filter(\.$taskID ~~ chunk).all().map(\.unitID)
        }
        return units
    }
}
