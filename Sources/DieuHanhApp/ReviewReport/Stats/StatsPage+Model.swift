import DieuHanhCore
import Vapor

extension StatsPage {
    struct Model {
        var query: StatsController.Query
        var units: [OrgUnit]
        var errors: [FieldError] = []
        var asOf: CivilDate?
        var stats: TaskStatsJSON?
        var breakdowns: [TaskStatistics.Dimension: [TaskStatsGroup]] = [:]
        var leaderNames: [String: String] = [:]

        init(query: StatsController.Query, units: [OrgUnit]) {
            self.query = query
            self.units = units
        }

        var unitNames: [String: String] { Dictionary(uniqueKeysWithValues: units.map { ($0.id!.uuidString, $0.name) }) }

        var counts: TaskCounts {
            guard let s = stats else { return TaskCounts() }
            return TaskCounts(
                completedOnTime: s.completed_on_time, completedLate: s.completed_late,
                pendingWithinDeadline: s.pending_within_deadline, pendingOverdue: s.pending_overdue,
                pendingNoDeadline: s.pending_no_deadline)
        }
    }
}
