import DieuHanhCore
import Fluent
import Vapor

/// The filtered, sorted, paged task list as of a date, shared by the list page, its exports and the API.
///
/// Everything but the status is filtered in SQL; the status of each remaining task is then evaluated by the one
/// Core rule (`TaskStatus.evaluate`) over its events, loaded in a few queries.
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
        var deadline_to: String?
        var q: String?
        var sort: String?
        var page: Int?
    }

    struct Row: Sendable {
        let task: TaskItem
        let snapshot: TaskSnapshot
        let dueSoon: Bool
    }

    struct Result {
        var page: ResultPage<Row>
        var documents: [UUID: Document]
        var asOf: CivilDate
        /// The five buckets over every task the other filters keep (for the summary above the list).
        var counts: TaskCounts
    }

    enum Sort: String, CaseIterable {
        case deadline, assigned, document, status
    }

    /// Unit codes or ids are both accepted for `lead_unit` and `assigner` (CONTRACT uses codes).
    static func run(_ filter: Filter, scope: AccessScope, today: CivilDate, per: Int, on db: Database,
                    t: Localizer) async throws -> Result {
        var errors: [FieldError] = []
        var asOf = today
        if let text = filter.as_of?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let date = CivilDate.parse(text) { asOf = date } else { errors.append(.init(field: "as_of", message: t(T.errDateFormat))) }
        }
        var bucket: TaskBucket?
        var onlyDueSoon = false
        if let status = filter.status, !status.isEmpty {
            if status == "due_soon" { onlyDueSoon = true }
            else if let parsed = TaskBucket(rawValue: status) { bucket = parsed }
            else { errors.append(.init(field: "status", message: t(T.taskStatusInvalid))) }
        }
        func date(_ text: String?, _ field: String) -> CivilDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let date = CivilDate.parse(text) else {
                errors.append(.init(field: field, message: t(T.errDateFormat)))
                return nil
            }
            return date
        }
        let deadlineFrom = date(filter.deadline_from, "deadline_from")
        let deadlineTo = date(filter.deadline_to, "deadline_to")
        let sort = Sort(rawValue: filter.sort ?? "") ?? .deadline

        let query = TaskItem.query(on: db)
        if let lead = try await unitID(filter.lead_unit, on: db, field: "lead_unit", errors: &errors, t: t) {
            query.filter(\.$leadUnitID ~~ Array(try await UnitDirectory.tree(on: db).subtree(of: lead)))
        }
        if let assigner = try await unitID(filter.assigner, on: db, field: "assigner", errors: &errors, t: t) {
            query.filter(\.$assignerID == assigner)
        }
        if let document = filter.document.flatMap(UUID.init(uuidString:)) { query.filter(\.$documentID == document) }
        if let domain = filter.domain, !domain.isEmpty { query.filter(\.$domain == domain) }
        if let leader = filter.leader.flatMap(UUID.init(uuidString:)) { query.filter(\.$leaderID == leader) }
        for word in VietnameseText.fold(filter.q ?? "").split(separator: " ") {
            query.filter(\.$searchText ~~ String(word))
        }
        if let ids = scope.unitIDs {
            let coordinated = try await TaskCoordinator.query(on: db).filter(\.$unitID ~~ Array(ids)).all().map(\.taskID)
            query.group(.or) { or in
                or.filter(\.$leadUnitID ~~ Array(ids))
                if !coordinated.isEmpty { or.filter(\.$id ~~ coordinated) }
            }
        }
        try errors.throwIfAny()

        let tasks = try await query.all()
        let events = try await TaskFactsLoader.events(for: tasks.compactMap(\.id), on: db)
        let calendar = try await CalendarService.calendar(on: db)
        var rows: [Row] = []
        var counts = TaskCounts()
        for task in tasks {
            guard let snapshot = TaskStatus.evaluate(TaskFactsLoader.facts(task, events: events[task.id!] ?? []), asOf: asOf)
            else { continue }
            counts[snapshot.bucket] += 1
            if let bucket, snapshot.bucket != bucket { continue }
            if deadlineFrom != nil || deadlineTo != nil {
                guard let deadline = snapshot.deadline, deadline >= (deadlineFrom ?? deadline),
                      deadline <= (deadlineTo ?? deadline) else { continue }
            }
            let dueSoon = TaskStatus.isDueSoon(snapshot, asOf: asOf, calendar: calendar)
            if onlyDueSoon && !dueSoon { continue }
            rows.append(Row(task: task, snapshot: snapshot, dueSoon: dueSoon))
        }
        let documentIDs = Array(Set(rows.map(\.task.documentID)))
        var documents: [UUID: Document] = [:]
        for start in stride(from: 0, to: documentIDs.count, by: 500) {
            let chunk = Array(documentIDs[start..<min(start + 500, documentIDs.count)])
            for document in try await Document.query(on: db).filter(\.$id ~~ chunk).all() { documents[document.id!] = document }
        }
        func documentKey(_ row: Row) -> String {
            documents[row.task.documentID].map { $0.issuedOn + $0.notation } ?? ""
        }
        rows.sort { a, b in
            switch sort {
            case .deadline:
                return (a.snapshot.deadline?.dayNumber ?? Int.max, a.task.assignedOn) < (b.snapshot.deadline?.dayNumber ?? Int.max, b.task.assignedOn)
            case .assigned: return (a.task.assignedOn, a.task.content) > (b.task.assignedOn, b.task.content)
            case .document: return (documentKey(a), a.task.content) > (documentKey(b), b.task.content)
            case .status:
                return (TaskBucket.allCases.firstIndex(of: a.snapshot.bucket)!, a.snapshot.deadline?.dayNumber ?? Int.max)
                    > (TaskBucket.allCases.firstIndex(of: b.snapshot.bucket)!, b.snapshot.deadline?.dayNumber ?? Int.max)
            }
        }
        let page = max(1, filter.page ?? 1)
        let slice = Array(rows.dropFirst((page - 1) * per).prefix(per))
        return Result(page: ResultPage(items: slice, total: rows.count, page: page, per: per), documents: documents,
                      asOf: asOf, counts: counts)
    }

    private static func unitID(_ text: String?, on db: Database, field: String, errors: inout [FieldError],
                               t: Localizer) async throws -> UUID? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let id = UUID(uuidString: text) { return id }
        if let unit = try await UnitDirectory.find(code: text, on: db) { return unit.id }
        errors.append(.init(field: field, message: t(T.taskUnitUnknown, text)))
        return nil
    }
}
