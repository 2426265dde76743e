import DieuHanhCore
import Fluent
import Vapor

/// What is waiting on the signed-in user (DOMAIN §3, issue: inbox and queue).
/// A unit officer: their unit's tasks overdue, due soon, returned, or not updated for a month.
/// The office and leaders: completions to confirm, extension requests to decide.
enum WorkQueues {
    struct Item {
        let task: TaskItem
        let snapshot: TaskSnapshot
        let dueSoon: Bool
        /// The request or report waiting, when there is one.
        let waiting: TaskEventRecord?
    }

    struct Queues {
        var overdue: [Item] = []
        var dueSoon: [Item] = []
        var returned: [Item] = []
        var stale: [Item] = []
        var toConfirm: [Item] = []
        var toDecide: [Item] = []
        var documents: [UUID: Document] = [:]
        var unitNames: [UUID: String] = [:]
        /// A unit officer's reports overdue, due soon or returned (reports from units).
        var reports: [ReportInbox.Item] = []
    }

    /// Days without any step after which a pending task is "awaiting my update".
    static let staleAfterDays = 30

    static func build(for user: UserAccount, scope: AccessScope, today: CivilDate, on db: Database) async throws -> Queues {
        let query = TaskItem.query(on: db)
        if let ids = scope.unitIDs { query.filter(\.$leadUnitID ~~ Array(ids)) }
        let tasks = try await query.all()
        let events = try await TaskFactsLoader.events(for: tasks.compactMap(\.id), on: db)
        let calendar = try await CalendarService.calendar(on: db)
        let role = user.userRole
        var queues = Queues()
        for task in tasks {
            let records = events[task.id!] ?? []
            let facts = TaskFactsLoader.facts(task, events: records)
            guard let snapshot = TaskStatus.evaluate(facts, asOf: today) else { continue }
            let state = TaskLifecycleState(events: facts.events)
            let dueSoon = TaskStatus.isDueSoon(snapshot, asOf: today, calendar: calendar)
            func item(waiting kind: TaskEvent.Kind? = nil) -> Item {
                Item(
                    task: task, snapshot: snapshot, dueSoon: dueSoon,
                    waiting: kind.flatMap { k in records.last { $0.kind == k.rawValue } })
            }
            let owns = scope.allows(task.leadUnitID)
            if TaskAction.reportProgress.isAllowed(for: role, ownsTask: owns) && role == .unitOfficer {
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
            if state.completionAwaitingConfirmation && TaskAction.confirmCompletion.isAllowed(for: role, ownsTask: owns) {
                queues.toConfirm.append(item(waiting: .completionReported))
            }
            if state.extensionPending && TaskAction.approveExtension.isAllowed(for: role, ownsTask: owns) {
                queues.toDecide.append(item(waiting: .extensionRequested))
            }
        }
        let byDeadline: (Item, Item) -> Bool = {
            ($0.snapshot.deadline?.dayNumber ?? .max) < ($1.snapshot.deadline?.dayNumber ?? .max)
        }
        queues.overdue.sort(by: byDeadline)
        queues.dueSoon.sort(by: byDeadline)
        queues.stale.sort(by: byDeadline)
        let shown = queues.overdue + queues.dueSoon + queues.returned + queues.stale + queues.toConfirm + queues.toDecide
        let documentIDs = Array(Set(shown.map(\.task.documentID)))
        if !documentIDs.isEmpty {
            for document in try await Document.query(on: db).filter(\.$id ~~ documentIDs).all() {
                queues.documents[document.id!] = document
            }
        }
        queues.unitNames = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0.name) })
        if role == .unitOfficer { queues.reports = try await ReportInbox.items(scope: scope, today: today, on: db) }
        return queues
    }
}
