import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// Which tasks a statistic counts. Top-level tasks only (a delegated task counts once, through its parent).
package struct TaskStatsFilter: Sendable {
    var asOf: CivilDate
    /// Exactly this assigner.
    var assignerID: UUID?
    /// Lead units allowed (a unit and its subtree; also the caller's scope); nil = all.
    var leadUnitIDs: Set<UUID>?
    /// Assigned on or after / on or before.
    var from: CivilDate?
    var to: CivilDate?
    /// Only tasks from assigners of these kinds (the review report's "tasks from CP/TTg").
    var assignerIDs: Set<UUID>?
    /// Only tasks neither completed nor cancelled at the end of this day: with `to` the day before a period, the
    /// tasks carried over into it (DOMAIN §3, tồn đọng chuyển tiếp).
    var openOn: CivilDate?

    package init(
        asOf: CivilDate, assignerID: UUID? = nil, leadUnitIDs: Set<UUID>? = nil, from: CivilDate? = nil,
        to: CivilDate? = nil, assignerIDs: Set<UUID>? = nil
    ) {
        (self.asOf, self.assignerID, self.leadUnitIDs, self.from, self.to) = (asOf, assignerID, leadUnitIDs, from, to)
        self.assignerIDs = assignerIDs
    }

    /// Every task counts (no filter but the cut-off): the statistics with indexes of their own.
    var isUnfiltered: Bool {
        assignerID == nil && leadUnitIDs == nil && from == nil && to == nil && assignerIDs == nil && openOn == nil
    }

    /// Parses the query parameters every entry point shares (CONTRACT: `as_of`, `assigner`, `lead_unit`, `from`),
    /// reporting every problem at once. Unit parameters take a code or an id.
    static func parse(
        asOf: String?, assigner: String?, leadUnit: String?, from: String?, to: String? = nil,
        today: CivilDate, scope: AccessScope, on db: Database, t: Localizer
    ) async throws -> TaskStatsFilter {
        var errors: [FieldError] = []
        func date(_ text: String?, _ field: String) -> CivilDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if let date = CivilDate.parse(text) { return date }
            errors.append(.init(field: field, message: t.dateError(text)))
            return nil
        }
        func unit(_ text: String?, _ field: String) async throws -> UUID? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if let id = UUID(uuidString: text), try await OrgUnit.find(id, on: db) != nil { return id }
            if let unit = try await UnitDirectory.find(code: text, on: db) { return unit.id }
            errors.append(.init(field: field, message: t(T.taskUnitUnknown, text)))
            return nil
        }
        var filter = TaskStatsFilter(asOf: date(asOf, "as_of") ?? today)
        filter.from = date(from, "from")
        filter.to = date(to, "to")
        filter.assignerID = try await unit(assigner, "assigner")
        if let lead = try await unit(leadUnit, "lead_unit") {
            filter.leadUnitIDs = try await UnitDirectory.subtree(of: lead, on: db)
        }
        if let from = filter.from, let to = filter.to, from > to {
            errors.append(.init(field: "to", message: t(T.statsRangeReversed)))
        }
        try errors.throwIfAny()
        if let allowed = scope.unitIDs { filter.leadUnitIDs = filter.leadUnitIDs.map { $0.intersection(allowed) } ?? allowed }
        return filter
    }
}

/// The CONTRACT object for task statistics (CLI `stats tasks --format json` and `GET /api/v1/stats/tasks`).
package struct TaskStatsJSON: Content, Equatable {
    let as_of: String
    let total: Int
    let completed_on_time: Int
    let completed_late: Int
    let pending_within_deadline: Int
    let pending_overdue: Int
    let pending_no_deadline: Int
    let documents: Int

    init(asOf: CivilDate, counts: TaskCounts, documents: Int) {
        as_of = asOf.iso
        total = counts.total
        completed_on_time = counts.completedOnTime
        completed_late = counts.completedLate
        pending_within_deadline = counts.pendingWithinDeadline
        pending_overdue = counts.pendingOverdue
        pending_no_deadline = counts.pendingNoDeadline
        self.documents = documents
    }
}

/// One group of a breakdown: its key (a unit, a domain, a leader) with its counts and lateness.
package struct TaskStatsGroup: Sendable {
    var key: String?
    var counts: TaskCounts
    /// Sum of days late over the late tasks (completed late: at completion; overdue: at the cut-off).
    var daysLateTotal: Int

}

/// Statistics as of a date from the status index: the spans containing D, grouped in SQL.
package enum TaskStatistics {
    package enum Dimension: String, CaseIterable, Sendable {
        case leadUnit = "lead_unit_id"
        case assigner = "assigner_id"
        case domain
        case leader = "leader_id"
    }

    static func counts(_ filter: TaskStatsFilter, on db: Database) async throws -> (counts: TaskCounts, documents: Int) {
        // Unfiltered, the running totals answer in a few thousand rows; a filter is answered by its index.
        if filter.isUnfiltered { return try await TaskStatsTotals.counts(asOf: filter.asOf, on: db) }
        let sql = db as! SQLDatabase
        var counts = TaskCounts()
        let select = sql.select().column("bucket").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(spans(for: filter, on: sql)).groupBy("bucket")
        apply(filter, to: select)
        for row in try await select.all() {
            if let bucket = TaskBucket(rawValue: try row.decode(column: "bucket", as: String.self)) {
                counts[bucket] = try row.decode(column: "n", as: Int.self)
            }
        }
        let distinct = sql.select().column(SQLRaw("COUNT(DISTINCT document_id)"), as: "n").from(spans(for: filter, on: sql))
        apply(filter, to: distinct)
        let documents = try await distinct.first()?.decode(column: "n", as: Int.self) ?? 0
        return (counts, documents)
    }

    /// The same counts from the spans themselves, whatever the filter: what the running totals must agree with.
    static func countsFromSpans(_ filter: TaskStatsFilter, on db: Database) async throws -> (counts: TaskCounts, documents: Int) {
        var everything = filter
        everything.from = CivilDate(year: 1900, month: 1, day: 1)!
        return try await counts(everything, on: db)
    }

    package static func json(_ filter: TaskStatsFilter, on db: Database) async throws -> TaskStatsJSON {
        let (counts, documents) = try await counts(filter, on: db)
        return TaskStatsJSON(asOf: filter.asOf, counts: counts, documents: documents)
    }

    /// Counts per value of one dimension; the key is the unit or leader id as text, or the domain.
    package static func breakdown(_ filter: TaskStatsFilter, by dimension: Dimension, on db: Database) async throws
        -> [TaskStatsGroup]
    {
        let sql = db as! SQLDatabase
        let d = filter.asOf.dayNumber
        // PostgreSQL sums bigints into numeric: cast back so both databases answer an integer.
        let lateDays = SQLRaw(
            "CAST(SUM(CASE WHEN bucket = 'completed_late' THEN late_days "
                + "WHEN bucket = 'pending_overdue' THEN \(d) - deadline_day ELSE 0 END) AS BIGINT)")
        let select = sql.select().column(SQLColumn(dimension.rawValue), as: "k").column("bucket")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").column(lateDays, as: "late")
            .from(spans(for: filter, on: sql)).groupBy(SQLColumn(dimension.rawValue)).groupBy("bucket")
        apply(filter, to: select)
        var groups: [String: TaskStatsGroup] = [:]
        let none = "\u{0}"
        for row in try await select.all() {
            let key: String? =
                switch dimension {
                case .domain: try row.decode(column: "k", as: String?.self)
                default: try row.decode(column: "k", as: UUID?.self)?.uuidString
                }
            guard let bucket = TaskBucket(rawValue: try row.decode(column: "bucket", as: String.self)) else { continue }
            var group = groups[key ?? none] ?? TaskStatsGroup(key: key, counts: TaskCounts(), daysLateTotal: 0)
            group.counts[bucket] += try row.decode(column: "n", as: Int.self)
            group.daysLateTotal += try row.decode(column: "late", as: Int?.self) ?? 0
            groups[key ?? none] = group
        }
        return Array(groups.values)
    }

    /// The tasks in these buckets as of D (for the appendix tables).
    static func taskIDs(_ filter: TaskStatsFilter, buckets: Set<TaskBucket>, on db: Database) async throws -> [UUID] {
        let sql = db as! SQLDatabase
        let select = sql.select().column("task_id").from(spans(for: filter, on: sql))
            .where("bucket", .in, SQLBind.group(buckets.map(\.rawValue)))
        apply(filter, to: select)
        return try await select.all().map { try $0.decode(column: "task_id", as: UUID.self) }
    }

    /// The status index, named with its covering lead-unit index when a lead-unit filter is given on SQLite: its
    /// planner otherwise picks the task list's lead-unit index (v007), which lacks the statistics' columns, and reads
    /// a table row per span (measured at 1.000.000 tasks: a province-year 250 ms against 100 ms). PostgreSQL's
    /// planner chooses well without help.
    private static func spans(for filter: TaskStatsFilter, on sql: SQLDatabase) -> any SQLExpression {
        guard sql.dialect.name == "sqlite", filter.leadUnitIDs?.isEmpty == false else {
            return SQLIdentifier(TaskStatusSpanRecord.schema)
        }
        return SQLRaw("\"\(TaskStatusSpanRecord.schema)\" INDEXED BY \"idx_\(TaskStatusSpanRecord.schema)_lead_unit\"")
    }

    /// The spans that hold on D, narrowed by the filter.
    private static func apply(_ filter: TaskStatsFilter, to select: SQLSelectBuilder) {
        let d = filter.asOf.dayNumber
        // `top_level = TRUE` as a literal, as the partial indexes state it (CreateTaskStatusSpan).
        select.where("from_day", .lessThanOrEqual, SQLBind(d)).where("until_day", .greaterThan, SQLBind(d))
            .where(CreateTaskStatusSpan.topLevel)
        if let assigner = filter.assignerID { select.where("assigner_id", .equal, SQLBind(assigner)) }
        // An empty set matches nothing (and `IN ()` is not valid SQL everywhere).
        if let assigners = filter.assignerIDs {
            if assigners.isEmpty {
                select.where(SQLRaw("1 = 0"))
            } else {
                select.where("assigner_id", .in, SQLBind.group(Array(assigners)))
            }
        }
        if let leads = filter.leadUnitIDs {
            if leads.isEmpty {
                select.where(SQLRaw("1 = 0"))
            } else {
                select.where("lead_unit_id", .in, SQLBind.group(Array(leads)))
            }
        }
        if let from = filter.from { select.where("assigned_on", .greaterThanOrEqual, SQLBind(from.iso)) }
        if let to = filter.to { select.where("assigned_on", .lessThanOrEqual, SQLBind(to.iso)) }
        if let day = filter.openOn {
            // The task's span holding on that day is a pending one: a cancelled task has none, a completed one a
            // completed bucket (the index follows the Core rule, TaskStatus).
            let pending = TaskBucket.allCases.filter { !$0.isCompleted }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            select.where(
                SQLRaw(
                    "task_id IN (SELECT o.task_id FROM \(TaskStatusSpanRecord.schema) o WHERE o.from_day <= \(day.dayNumber) "
                        + "AND o.until_day > \(day.dayNumber) AND o.bucket IN (\(pending)))"))
        }
    }

    /// How many of the filter's tasks were put in hand as of D (DOMAIN §3, đã triển khai): an event that
    /// `TaskEvent.Kind.putsInHand`, entered and in effect by D.
    static func startedCount(_ filter: TaskStatsFilter, on db: Database) async throws -> Int {
        let sql = db as! SQLDatabase
        let kinds = TaskEvent.Kind.allCases.filter(\.putsInHand).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let day = filter.asOf.iso
        let select = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(spans(for: filter, on: sql))
            .where(
                SQLRaw(
                    "task_id IN (SELECT e.task_id FROM task_events e WHERE e.kind IN (\(kinds)) "
                        + "AND e.recorded_on <= '\(day)' AND e.effective_on <= '\(day)')"))
        apply(filter, to: select)
        return try await select.first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
