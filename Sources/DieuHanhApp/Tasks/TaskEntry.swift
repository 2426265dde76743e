import DieuHanhCore
import Fluent
import Vapor

/// One document and its tasks, entered together: all problems of the document and of every row are reported
/// at once, and either the document and all its tasks are saved or nothing is.
enum TaskEntry {
    /// Names a row's field in error messages: the form uses `lead_3`; the API passes `tasks.3.lead_unit`.
    typealias FieldNamer = @Sendable (_ index: Int, _ field: String) -> String

    static let formFieldName: FieldNamer = { index, field in
        switch field {
        case "lead_unit_id": "lead_\(index)"
        case "leader_id": "leader_\(index)"
        case "coordinator_ids": "coordinators_\(index)"
        default: "\(field)_\(index)"
        }
    }

    static func save(
        document draft: DocumentDraft, tasks: [(index: Int, draft: TaskDraft)], formErrors: [FieldError],
        units: [OrgUnit], actor user: UserAccount, now: Date, on db: Database, t: Localizer,
        fieldName: FieldNamer = formFieldName
    ) async throws -> (document: Document, tasks: [TaskItem]) {
        let (number, documentErrors) = try await DocumentService.validate(draft, on: db, t: t)
        let unitsByID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let leaders = Set(try await UserAccount.query(on: db).filter(\.$role == Role.leader.rawValue).all().compactMap(\.id))
        let documentDate = draft.issuedOn ?? number?.date ?? CivilDate.today(now: now)
        var errors = formErrors.merging(documentErrors)
        let (tasks, points, pointErrors) = try await TaskPointEntry.expand(
            tasks, documentDate: documentDate, on: db, t: t, fieldName: fieldName)
        errors = errors.merging(pointErrors)
        for (index, task) in tasks {
            let rowErrors = TaskService.validate(task, documentDate: documentDate, units: unitsByID, leaders: leaders, t: t)
            // Document-wide fields keep their own names; the others are named for their row.
            errors = errors.merging(
                rowErrors.map { error in
                    ["assigner_id", "assigned_on"].contains(error.field)
                        ? error : FieldError(field: fieldName(index, error.field), message: error.message)
                })
        }
        try errors.throwIfAny()
        let actor = AuditActor(user)
        let (document, _) = try await DocumentService.findOrCreate(draft, number: number!, actor: actor, now: now, on: db)
        let calendar = try await CalendarService.calendar(on: db)
        let created = try await TaskService.create(
            tasks.map(\.draft), in: document, recordedOn: CivilDate.today(now: now),
            calendar: calendar, actor: actor, now: now, on: db)
        try await TaskPointEntry.link(points, created: created, rows: tasks.map(\.index), document: document, on: db)
        return (document, created)
    }
}

extension Optional {
    func flatMapAsync<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
