import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// What is waiting on the signed-in user (DOMAIN §3): the inbox's sections, the home's counts and the badge on
/// "Việc cần làm" all come from here, so they agree.
/// A unit officer: their unit's tasks overdue, due soon, returned, or not updated for a month; their reports.
/// The office: completions to confirm, programme items submitted and not yet recorded as issued, units late with a
/// report. Leaders: extension requests, and the programme's postponement and withdrawal requests, to decide. A unit
/// officer also sees the explanations a leader asked of their unit (DOMAIN §11).
enum WorkQueues {
    struct Item {
        let task: ShownTask
        let snapshot: TaskSnapshot
        let dueSoon: Bool
        /// The request or report waiting, when there is one.
        let waiting: TaskEventRecord?
        /// Focal tasks head every queue and carry a marker.
        var focus: TaskFocus = .none
    }

    struct Queues {
        var overdue: [Item] = []
        var dueSoon: [Item] = []
        var returned: [Item] = []
        var stale: [Item] = []
        var toConfirm: [Item] = []
        var toDecide: [Item] = []
        /// Explanations asked of the user's unit and not given yet (unit officers).
        var toExplain: [Item] = []
        /// Programme items with a postponement or withdrawal request to decide (leaders).
        var programmeToDecide: [ProgrammeQuery.Row] = []
        /// Programme items submitted and not yet recorded as issued (the office).
        var programmeToRecord: [ProgrammeQuery.Row] = []
        var documents: [UUID: Document] = [:]
        var unitNames: [UUID: String] = [:]
        /// A unit officer's reports overdue, due soon or returned; for the office, every unit late with a report.
        var reports: [ReportInbox.Item] = []

        /// What the user has to act on (the badge): not what is merely due soon, stale, or late elsewhere.
        func actionCount(for role: Role) -> Int {
            var count = overdue.count + returned.count + toConfirm.count + toDecide.count + toExplain.count
            count += programmeToDecide.count + programmeToRecord.count
            if role == .unitOfficer {
                count +=
                    reports.filter { $0.status.snapshot?.status == .missing || $0.status.snapshot?.returned == true }
                    .count
            }
            return count
        }
    }

    /// Days without any step after which a pending task is "awaiting my update".
    static let staleAfterDays = 30

    static func build(for user: UserAccount, scope: AccessScope, today: CivilDate, on db: Database) async throws -> Queues {
        let role = user.userRole
        let tasks = try await TaskItem.shown(
            try await candidateTasks(role: role, scope: scope, today: today, on: db), on: db
        ).values
        let events = try await TaskFactsLoader.events(for: tasks.compactMap(\.id), on: db)
        let calendar = try await CalendarService.calendar(on: db)
        var queues = Queues()
        for task in tasks {
            let records = events[task.id!] ?? []
            let facts = TaskFactsLoader.facts(task, events: records)
            guard let snapshot = TaskStatus.evaluate(facts, asOf: today) else { continue }
            let state = TaskLifecycleState(facts: facts, asOf: today)
            let dueSoon = TaskStatus.isDueSoon(snapshot, asOf: today, calendar: calendar)
            func item(waiting kind: TaskEvent.Kind? = nil) -> Item {
                Item(
                    task: task, snapshot: snapshot, dueSoon: dueSoon,
                    waiting: kind.flatMap { k in records.last { $0.kind == k.rawValue } })
            }
            let owns = scope.allows(task.leadUnitID)
            if role == .unitOfficer && TaskAction.reportProgress.isAllowed(for: role, ownsTask: owns) {
                if snapshot.bucket == .pendingOverdue {
                    queues.overdue.append(item())
                } else if dueSoon {
                    queues.dueSoon.append(item())
                }
                if records.last?.kind == TaskEvent.Kind.completionReturned.rawValue {
                    queues.returned.append(item(waiting: .completionReturned))
                }
                if !snapshot.bucket.isCompleted, let last = records.last.flatMap({ CivilDate.parse($0.recordedOn) }),
                    last.days(to: today) > staleAfterDays
                {
                    queues.stale.append(item())
                }
            }
            if role == .unitOfficer && state.explanationPending && TaskAction.explain.isAllowed(for: role, ownsTask: owns) {
                queues.toExplain.append(item(waiting: .explanationRequested))
            }
            if state.completionAwaitingConfirmation && TaskAction.confirmCompletion.isAllowed(for: role, ownsTask: owns) {
                queues.toConfirm.append(item(waiting: .completionReported))
            }
            if state.extensionPending && TaskAction.approveExtension.isAllowed(for: role, ownsTask: owns) {
                queues.toDecide.append(item(waiting: .extensionRequested))
            }
        }
        let focus = try await TaskFocusService.focus(of: tasks.compactMap(\.id), on: db)
        let byDeadline: (Item, Item) -> Bool = {
            if $0.focus != $1.focus { return TaskFocus.comesBefore($0.focus, $1.focus) }
            return ($0.snapshot.deadline?.dayNumber ?? .max, $0.task.content) < (
                $1.snapshot.deadline?.dayNumber ?? .max, $1.task.content
            )
        }
        for keyPath in [\Queues.overdue, \.dueSoon, \.returned, \.stale, \.toConfirm, \.toDecide, \.toExplain]
            as [WritableKeyPath<Queues, [Item]>]
        {
            for index in queues[keyPath: keyPath].indices {
                queues[keyPath: keyPath][index].focus = focus[queues[keyPath: keyPath][index].task.id!] ?? .none
            }
            queues[keyPath: keyPath].sort(by: byDeadline)
        }
        try await addProgramme(to: &queues, role: role, scope: scope, today: today, on: db)
        if role == .unitOfficer {
            queues.reports = try await ReportInbox.items(scope: scope, today: today, on: db)
        } else if role.canManageTrackingData {
            queues.reports = try await ReportInbox.items(scope: scope, today: today, on: db).filter {
                $0.status.snapshot?.status == .missing
            }
        }
        let shown =
            queues.overdue + queues.dueSoon + queues.returned + queues.stale + queues.toConfirm + queues.toDecide
            + queues.toExplain
        queues.documents = try await Document.shown(shown.map(\.task.documentID), on: db)
        queues.unitNames = try await UnitDirectory.names(
            of: Set(shown.map(\.task.leadUnitID) + (queues.programmeToDecide + queues.programmeToRecord).map(\.item.leadUnitID)),
            on: db)
        return queues
    }

    /// The tasks that can be in the user's queues, so that no queue reads every task: a unit officer's open tasks
    /// (from the status index as of today) and those with an explanation asked (even once completed), and for the
    /// office and leaders the tasks with a step waiting on them.
    private static func candidateTasks(role: Role, scope: AccessScope, today: CivilDate, on db: Database) async throws
        -> [UUID]
    {
        if role == .unitOfficer {
            guard let ids = scope.unitIDs, !ids.isEmpty else { return [] }
            let d = today.dayNumber
            let open = [TaskBucket.pendingOverdue, .pendingWithinDeadline, .pendingNoDeadline].map(\.rawValue)
            return try await (db as! SQLDatabase).select().column("task_id").from(TaskStatusSpanRecord.schema)
                .where("from_day", .lessThanOrEqual, SQLBind(d)).where("until_day", .greaterThan, SQLBind(d))
                .where("bucket", .in, SQLBind.group(open)).where("lead_unit_id", .in, SQLBind.group(Array(ids)))
                .all().map { try $0.decode(column: "task_id", as: UUID.self) }
                + WaitingTasks.candidates(.explanation, scope: scope, on: db)
        }
        var ids = Set<UUID>()
        if TaskAction.confirmCompletion.isAllowed(for: role, ownsTask: false) {
            ids.formUnion(try await WaitingTasks.candidates(.completionConfirmation, scope: scope, on: db))
        }
        if TaskAction.approveExtension.isAllowed(for: role, ownsTask: false) {
            ids.formUnion(try await WaitingTasks.candidates(.extensionDecision, scope: scope, on: db))
        }
        return Array(ids)
    }

    /// This year's and last year's programme items waiting on a decision (leaders) or on being recorded as issued
    /// (the office), judged by the Core rule.
    private static func addProgramme(
        to queues: inout Queues, role: Role, scope: AccessScope, today: CivilDate, on db: Database
    ) async throws {
        guard role.canDecide || role.canManageTrackingData else { return }
        let rows = try await ProgrammeQuery.rows(years: (today.year - 1)...today.year, asOf: today, scope: scope, on: db)
        for row in rows {
            let state = ProgrammeLifecycleState(events: row.facts.events)
            if role.canDecide && (state.postponementPending || state.withdrawalPending) {
                queues.programmeToDecide.append(row)
            }
            if ProgrammeAction.issue.isAllowed(for: role, ownsItem: true) && ProgrammeAction.issue.isPossible(in: state) {
                queues.programmeToRecord.append(row)
            }
        }
        let byMonth: (ProgrammeQuery.Row, ProgrammeQuery.Row) -> Bool = {
            ($0.snapshot.plannedMonth, $0.item.title) < ($1.snapshot.plannedMonth, $1.item.title)
        }
        queues.programmeToDecide.sort(by: byMonth)
        queues.programmeToRecord.sort(by: byMonth)
    }
}
