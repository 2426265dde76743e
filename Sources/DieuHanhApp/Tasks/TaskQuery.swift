import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The filtered, sorted, paged task list as of a date, shared by the list page, its exports and the API.
///
/// Filtered, counted, ordered and paged in SQL over the status index (`task_status_spans`: each task's status
/// as of any date, written from the Core rule); the page's tasks are then evaluated by that rule
/// (`TaskStatus.evaluate`) over their events for what the page shows.
enum TaskQuery {
    struct Filter: Content, Sendable {
        var status: String?
        var as_of: String?
        var lead_unit: String?
        var assigner: String?
        var document: String?
        var domain: String?
        var leader: String?
        var deadline_from: String?
        /// Assigned on or after / on or before (the emulation ranking opens a unit's tasks of the year with these).
        var assigned_from: String?
        var assigned_to: String?
        var deadline_to: String?
        var q: String?
        var sort: String?
        var page: Int?
        /// `1` keeps the focal tasks (nhiệm vụ trọng tâm) alone.
        var focal: String? = nil
        /// "1": only the tasks urged by a letter issued by `as_of` (DOMAIN §11).
        var urged: String?
        /// "1": only the tasks whose lead unit was asked to explain a delay by `as_of` (DOMAIN §11).
        var explained: String? = nil
    }

    struct Row: Sendable {
        let task: ShownTask
        /// The status as of D; for a cancelled task (`cancellation`), the one it had on the eve of its cancellation.
        let snapshot: TaskSnapshot
        let dueSoon: Bool
        var focus: TaskFocus = .none
        /// Set when the task is cancelled as of D: it is then in no bucket, whatever `snapshot` says.
        var cancellation: Cancellation? = nil
    }

    struct Cancellation: Sendable {
        /// The day the cancellation took effect.
        var on: CivilDate
        /// What the office wrote when it cancelled the task.
        var reason: String
    }

    struct Result {
        var page: ResultPage<Row>
        var documents: [UUID: Document]
        var asOf: CivilDate
        /// The five buckets over every task the other filters keep (for the summary above the list).
        var counts: TaskCounts
    }

    /// The `status` value for every task not completed as of the date (the three pending buckets).
    static let openStatus = "open"

    enum Sort: String, CaseIterable {
        /// The default: open work first (overdue, then within the deadline by nearest deadline, then without a
        /// deadline), completed work after it, most recent deadline first — a task finished years ago never heads
        /// the list.
        case urgent
        case deadline, assigned, document, status
        /// Focal tasks first, then by priority (high to low), then as `urgent`.
        case priority
    }

    /// The ids of a page, in order, with the counts: what SQL answers before any task is loaded.
    struct Selection {
        var ids: [UUID]
        var total: Int
        var page: Int
        var asOf: CivilDate
        var counts: TaskCounts
    }

    /// What a list reads that rarely changes, when the caller holds it in memory (`SharedCache`: the page and the
    /// API); nil is read from the database (commands, exports, the home page).
    struct Lookups: Sendable {
        var units: UnitCatalogue?
        var calendar: WorkingCalendar?

        static let none = Lookups()
    }

    /// Unit codes or ids are both accepted for `lead_unit` and `assigner` (CONTRACT uses codes).
    static func run(
        _ filter: Filter, scope: AccessScope, today: CivilDate, per: Int, lookups: Lookups = .none, on db: Database,
        t: Localizer
    ) async throws -> Result {
        let selection = try await select(filter, scope: scope, today: today, per: per, lookups: lookups, on: db, t: t)
        let rows = try await evaluate(selection.ids, asOf: selection.asOf, calendar: lookups.calendar, on: db)
        return Result(
            page: ResultPage(items: rows, total: selection.total, page: selection.page, per: per),
            documents: try await documents(of: rows, on: db), asOf: selection.asOf, counts: selection.counts)
    }

    static func documents(of rows: [Row], on db: Database) async throws -> [UUID: Document] {
        try await Document.shown(rows.map(\.task.documentID), on: db)
    }

    static func select(
        _ filter: Filter, scope: AccessScope, today: CivilDate, per: Int, lookups: Lookups = .none, on db: Database,
        t: Localizer
    ) async throws -> Selection {
        var errors: [FieldError] = []
        var asOf = today
        if let text = filter.as_of?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let date = CivilDate.parse(text) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(text)))
            }
        }
        var bucket: TaskBucket?
        var onlyDueSoon = false
        var onlyOpen = false
        var onlyCancelled = false
        if let status = filter.status, !status.isEmpty {
            if status == cancelledStatus {
                onlyCancelled = true
            } else if status == "due_soon" {
                onlyDueSoon = true
            } else if status == openStatus {
                onlyOpen = true
            } else if let parsed = TaskBucket(rawValue: status) {
                bucket = parsed
            } else {
                errors.append(.init(field: "status", message: t(T.taskStatusInvalid)))
            }
        }
        func date(_ text: String?, _ field: String) -> CivilDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let date = CivilDate.parse(text) else {
                errors.append(.init(field: field, message: t.dateError(text)))
                return nil
            }
            return date
        }
        let deadlineFrom = date(filter.deadline_from, "deadline_from")
        let deadlineTo = date(filter.deadline_to, "deadline_to")
        let assignedFrom = date(filter.assigned_from, "assigned_from")
        let assignedTo = date(filter.assigned_to, "assigned_to")
        let sort = Sort(rawValue: filter.sort ?? "") ?? .urgent

        var conditions: [any SQLExpression] = []
        func add(_ column: String, _ op: SQLBinaryOperator, _ value: any SQLExpression) {
            conditions.append(SQLBinaryExpression(SQLColumn(column, table: "s"), op, value))
        }
        if let lead = try await unitID(filter.lead_unit, units: lookups.units, on: db, field: "lead_unit", errors: &errors, t: t)
        {
            var subtree = lookups.units?.subtree(of: lead)
            if subtree == nil { subtree = try await UnitDirectory.subtree(of: lead, on: db) }
            add("lead_unit_id", .in, SQLBind.group(Array(subtree ?? [lead])))
        }
        if let assigner = try await unitID(
            filter.assigner, units: lookups.units, on: db, field: "assigner", errors: &errors, t: t)
        {
            add("assigner_id", .equal, SQLBind(assigner))
        }
        if let document = filter.document.flatMap(UUID.init(uuidString:)) { add("document_id", .equal, SQLBind(document)) }
        if let domain = filter.domain, !domain.isEmpty { add("domain", .equal, SQLBind(domain)) }
        if let leader = filter.leader.flatMap(UUID.init(uuidString:)) { add("leader_id", .equal, SQLBind(leader)) }
        for word in VietnameseText.fold(filter.q ?? "").split(separator: " ") {
            conditions.append(SQLBinaryExpression(SQLColumn("search_text", table: "t"), .like, SQLBind("%\(word)%")))
        }
        if ["1", "true", "on"].contains(filter.focal ?? "") { conditions.append(TaskFocusService.focalCondition) }
        if let ids = scope.unitIDs {
            let coordinated = try await TaskCoordinator.query(on: db).filter(\.$unitID ~~ Array(ids)).all().map(\.taskID)
            let lead: any SQLExpression =
                ids.isEmpty
                ? SQLRaw("1 = 0")
                : SQLBinaryExpression(SQLColumn("lead_unit_id", table: "s"), .in, SQLBind.group(Array(ids)))
            conditions.append(
                coordinated.isEmpty
                    ? lead
                    : SQLGroupExpression(
                        SQLBinaryExpression(
                            lead, .or, SQLBinaryExpression(SQLColumn("task_id", table: "s"), .in, SQLBind.group(coordinated)))))
        }
        if filter.urged == "1" {
            let urged = try await TaskUrging.taskIDs(asOf: asOf, on: db)
            conditions.append(
                urged.isEmpty
                    ? SQLRaw("1 = 0") : SQLBinaryExpression(SQLColumn("task_id", table: "s"), .in, SQLBind.group(urged)))
        }
        if filter.explained == "1" {
            let explained = try await TaskExplanation.taskIDs(asOf: asOf, on: db)
            conditions.append(
                explained.isEmpty
                    ? SQLRaw("1 = 0") : SQLBinaryExpression(SQLColumn("task_id", table: "s"), .in, SQLBind.group(explained)))
        }
        try errors.throwIfAny()

        // The status as of D of every task is its span holding on D (TaskStatusIndex, from the Core rule): the
        // filters, the counts, the order and the page are all answered by SQL; only the page's tasks are loaded
        // and evaluated.
        let sql = db as! SQLDatabase
        // The tasks table is joined only when a condition or the order needs it (the words searched, the order's
        // columns): counting a unit's spans then reads the index alone, not one task row per span (measured: at
        // 1.000.000 tasks the join was a third of a list request, in page reads).
        let searches = !(filter.q ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        func spans(_ select: SQLSelectBuilder, joiningTasks: Bool) -> SQLSelectBuilder {
            select.from(SQLAlias(SQLIdentifier(TaskStatusSpanRecord.schema), as: SQLIdentifier("s")))
            if joiningTasks {
                select.join(
                    SQLAlias(SQLIdentifier(TaskItem.schema), as: SQLIdentifier("t")), method: SQLJoinMethod.inner,
                    on: SQLColumn("id", table: "t"), .equal, SQLColumn("task_id", table: "s"))
            }
            return select.where(SQLColumn("from_day", table: "s"), .lessThanOrEqual, SQLBind(asOf.dayNumber))
                .where(SQLColumn("until_day", table: "s"), .greaterThan, SQLBind(asOf.dayNumber))
        }
        var counts = TaskCounts()
        let countSelect = spans(
            sql.select().column(SQLColumn("bucket", table: "s"), as: "bucket")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n"), joiningTasks: searches
        ).groupBy(SQLColumn("bucket", table: "s"))
        for condition in conditions { countSelect.where(condition) }
        for row in try await countSelect.all() {
            if let parsed = TaskBucket(rawValue: try row.decode(column: "bucket", as: String.self)) {
                counts[parsed] = try row.decode(column: "n", as: Int.self)
            }
        }
        if onlyCancelled {
            return try await selectCancelled(
                conditions: conditions, sort: sort, asOf: asOf, page: filter.page, per: per, counts: counts, on: db)
        }
        if onlyDueSoon {
            var calendar = lookups.calendar
            if calendar == nil { calendar = try await CalendarService.calendar(on: db) }
            let workingDays = calendar ?? WorkingCalendar()
            add("bucket", .equal, SQLBind(TaskBucket.pendingWithinDeadline.rawValue))
            add("deadline_day", .lessThanOrEqual, SQLBind(workingDays.addingWorkingDays(3, to: asOf).dayNumber))
        }
        if let bucket { add("bucket", .equal, SQLBind(bucket.rawValue)) }
        if onlyOpen { add("bucket", .in, SQLBind.group(TaskBucket.allCases.filter { !$0.isCompleted }.map(\.rawValue))) }
        if let deadlineFrom { add("deadline_day", .greaterThanOrEqual, SQLBind(deadlineFrom.dayNumber)) }
        if let deadlineTo { add("deadline_day", .lessThanOrEqual, SQLBind(deadlineTo.dayNumber)) }
        if let assignedFrom { add("assigned_on", .greaterThanOrEqual, SQLBind(assignedFrom.iso)) }
        if let assignedTo { add("assigned_on", .lessThanOrEqual, SQLBind(assignedTo.iso)) }

        let totalSelect = spans(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n"), joiningTasks: searches)
        for condition in conditions { totalSelect.where(condition) }
        let total = try await totalSelect.first()?.decode(column: "n", as: Int.self) ?? 0

        let window = PageWindow(page: filter.page ?? 1, per: per)
        let page = window.page
        let offset = window.offset
        var ids: [UUID] = []
        if offset < total {
            // The order reads the task's date of assignment from its span (the index carries it); only the order by
            // date of assignment breaks ties on the task's content, which the index does not hold. (An export of
            // 102.311 tasks spent a second sorting them through a join of every task row.)
            let select = spans(
                sql.select().column(SQLColumn("task_id", table: "s"), as: "task_id"),
                joiningTasks: searches || sort == .assigned)
            for condition in conditions { select.where(condition) }
            order(select, by: sort)
            ids = try await select.limit(min(per, total - offset)).offset(offset).all()
                .map { try $0.decode(column: "task_id", as: UUID.self) }
        }
        return Selection(ids: ids, total: total, page: page, asOf: asOf, counts: counts)
    }

    /// The list's orders, each ending on the task id so that pages never overlap.
    static func order(_ select: SQLSelectBuilder, by sort: Sort) {
        func by(_ keys: (any SQLExpression, SQLDirection)...) {
            for (expression, direction) in keys { select.orderBy(SQLOrderBy(expression: expression, direction: direction)) }
        }
        let noDeadline = SQLRaw("COALESCE(s.deadline_day, \(TaskStatusIndex.openEnd))")
        let assigned = SQLColumn("assigned_on", table: "s")
        let content = SQLColumn("content", table: "t")
        switch sort {
        case .urgent, .priority:
            if sort == .priority { by((TaskFocusService.orderKey, .ascending)) }
            let open =
                "CASE s.bucket WHEN '\(TaskBucket.pendingOverdue.rawValue)' THEN 0 "
                + "WHEN '\(TaskBucket.pendingWithinDeadline.rawValue)' THEN 1 "
                + "WHEN '\(TaskBucket.pendingNoDeadline.rawValue)' THEN 2 ELSE 3 END"
            // Open tasks by nearest deadline, completed ones by latest deadline: one key, negated for the latter.
            let nearest = SQLRaw(
                "CASE WHEN \(open) < 3 THEN COALESCE(s.deadline_day, \(TaskStatusIndex.openEnd)) "
                    + "ELSE -COALESCE(s.deadline_day, 0) END")
            by((SQLRaw(open), .ascending), (nearest, .ascending), (assigned, .descending))
        case .deadline:
            by((noDeadline, .ascending), (assigned, .ascending))
        case .assigned:
            by((assigned, .descending), (content, .descending))
        case .document:
            let issued = SQLRaw("(SELECT d.issued_on FROM \(Document.schema) d WHERE d.id = s.document_id)")
            let notation = SQLRaw("(SELECT d.notation FROM \(Document.schema) d WHERE d.id = s.document_id)")
            by((issued, .descending), (notation, .descending), (content, .descending))
        case .status:
            let rank = TaskBucket.allCases.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }.joined(
                separator: " ")
            by((SQLRaw("CASE s.bucket \(rank) END"), .descending), (noDeadline, .descending))
        }
        by((SQLColumn("task_id", table: "s"), .ascending))
    }

    /// The tasks of `ids`, in that order, with their status as of D by the Core rule.
    static func evaluate(
        _ ids: [UUID], asOf: CivilDate, calendar: WorkingCalendar? = nil, on db: Database
    ) async throws -> [Row] {
        guard !ids.isEmpty else { return [] }
        let tasks = try await TaskItem.shown(ids, on: db)
        let events = try await TaskFactsLoader.coreEvents(for: ids, on: db)
        var calendar = calendar
        if calendar == nil { calendar = try await CalendarService.calendar(on: db) }
        let workingDays = calendar ?? WorkingCalendar()
        let focus = try await TaskFocusService.focus(of: ids, on: db)
        var cancelled: [UUID: CivilDate] = [:]
        var rows = ids.compactMap { id -> Row? in
            guard let task = tasks[id] else { return nil }
            let facts = TaskFactsLoader.facts(task, coreEvents: events[id] ?? [])
            guard let snapshot = TaskStatus.evaluate(facts, asOf: asOf) else {
                // Only the cancelled list asks for tasks in no bucket; they come back with their cancellation.
                guard let on = TaskStatus.cancelledOn(facts, asOf: asOf) else { return nil }
                cancelled[id] = on
                return Row(
                    task: task, snapshot: eveOfCancellation(facts, task: task, on: on), dueSoon: false,
                    focus: focus[id] ?? .none, cancellation: Cancellation(on: on, reason: ""))
            }
            return Row(
                task: task, snapshot: snapshot, dueSoon: TaskStatus.isDueSoon(snapshot, asOf: asOf, calendar: workingDays),
                focus: focus[id] ?? .none)
        }
        if !cancelled.isEmpty {
            let reasons = try await cancelReasons(cancelled, on: db)
            for index in rows.indices where rows[index].cancellation != nil {
                let id = rows[index].task.id!
                rows[index].cancellation?.reason = reasons[id] ?? ""
            }
        }
        return rows
    }

    private static func unitID(
        _ text: String?, units: UnitCatalogue?, on db: Database, field: String, errors: inout [FieldError],
        t: Localizer
    ) async throws -> UUID? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let id = UUID(uuidString: text) { return id }
        if let units {
            if let id = units.byCode[text] { return id }
        } else if let unit = try await UnitDirectory.find(code: text, on: db) {
            return unit.id
        }
        errors.append(.init(field: field, message: t(T.taskUnitUnknown, text)))
        return nil
    }
}
