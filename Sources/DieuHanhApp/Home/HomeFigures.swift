import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The home's live figures as of today, each counted by the query of the list it opens, so that a figure and its
/// list never disagree: the task counts by the task list's own query (`TaskQuery.select`), the units with most
/// overdue tasks by that query filtered to each unit, the indicators at risk by the indicators' query.
enum HomeFigures {
    struct UnitOverdue: Sendable {
        let name: String
        let code: String
        let overdue: Int
    }

    struct Figures {
        var counts = TaskCounts()
        var dueSoon = 0
        var worstUnits: [UnitOverdue] = []
        var indicatorYear: Int
        var indicatorsAtRisk = 0
        /// The unit a unit officer's indicator link filters to.
        var indicatorUnitCode: String?

        var open: Int { counts[.pendingOverdue] + counts[.pendingWithinDeadline] + counts[.pendingNoDeadline] }
    }

    /// How many units the home ranks by overdue tasks.
    static let rankedUnits = 5

    static func figures(
        for user: UserAccount, scope: AccessScope, today: CivilDate, on db: Database, t: Localizer
    ) async throws -> Figures {
        let all = try await TaskQuery.select(TaskQuery.Filter(), scope: scope, today: today, per: 1, on: db, t: t)
        let soon = try await TaskQuery.select(
            TaskQuery.Filter(status: "due_soon"), scope: scope, today: today, per: 1, on: db, t: t)
        var figures = Figures(
            counts: all.counts, dueSoon: soon.total, indicatorYear: try await IndicatorQuery.defaultYear(today: today, on: db))
        if user.userRole.seesEveryUnit {
            figures.worstUnits = try await worstUnits(today: today, on: db, t: t)
        }
        let unit = user.userRole.isUnitScoped ? try await unitOf(user, on: db) : nil
        figures.indicatorUnitCode = unit?.code
        var parsed = IndicatorQuery.Parsed(year: figures.indicatorYear, asOf: today, status: .atRisk)
        if user.userRole.isUnitScoped { parsed.unitIDs = scope.unitIDs ?? [] }
        figures.indicatorsAtRisk = try await IndicatorQuery.run(parsed, on: db).count
        return figures
    }

    /// The units leading most overdue tasks today, most first: ranked from the status index, then each counted by
    /// the list's own filter (a unit with units under it counts theirs too, as its list does).
    private static func worstUnits(today: CivilDate, on db: Database, t: Localizer) async throws -> [UnitOverdue] {
        let d = today.dayNumber
        let ranked = try await (db as! SQLDatabase).select().column("lead_unit_id")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(TaskStatusSpanRecord.schema)
            .where("from_day", .lessThanOrEqual, SQLBind(d)).where("until_day", .greaterThan, SQLBind(d))
            .where("bucket", .equal, SQLBind(TaskBucket.pendingOverdue.rawValue)).groupBy("lead_unit_id")
            .orderBy(SQLOrderBy(expression: SQLFunction("COUNT", args: SQLLiteral.all), direction: SQLDirection.descending))
            .orderBy("lead_unit_id")
            .limit(rankedUnits).all().map { try $0.decode(column: "lead_unit_id", as: UUID.self) }
        guard !ranked.isEmpty else { return [] }
        let found = try await UnitOption.select(on: db) { $0.where("id", .in, SQLBind.group(ranked)) }
        var units: [UnitOverdue] = []
        for unit in found {
            let overdue = try await TaskQuery.select(
                TaskQuery.Filter(status: TaskBucket.pendingOverdue.rawValue, lead_unit: unit.code), scope: .everything,
                today: today, per: 1, on: db, t: t
            ).total
            units.append(UnitOverdue(name: unit.name, code: unit.code, overdue: overdue))
        }
        return units.sorted { ($1.overdue, $0.name) < ($0.overdue, $1.name) }
    }
}
