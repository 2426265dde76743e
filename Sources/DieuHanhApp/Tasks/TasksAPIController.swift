import DieuHanhCore
import Fluent
import Vapor

/// Tasks, their events and documents over JSON (CONTRACT: `GET /api/v1/tasks`).
struct TasksAPIController: RouteCollection {
    struct TaskJSON: Content {
        let id: UUID
        let ma: String?
        let document_id: UUID
        let document: String
        let content: String
        let assigner: String
        let lead_unit: String
        let assigned_on: String
        /// The deadline as of `as_of` (extensions approved by then included).
        let deadline: String?
        var status: String
        let completed_on: String?
        let days_late: Int?
        let version: Int
        /// A focal task (nhiệm vụ trọng tâm) and its priority (`cao`, `trung_binh`, `thap` or null).
        var focal = false
        var priority: String? = nil
        /// With `status` `cancelled`: when the cancellation took effect and the reason given.
        var cancelled_on: String? = nil
        var cancel_reason: String? = nil
    }

    /// `PUT /api/v1/tasks/{id}/focus`: the whole marking, `{"focal": true, "priority": "cao"}`.
    struct FocusBody: Content {
        var focal: Bool?
        var priority: String?
    }

    struct EventJSON: Content {
        let id: UUID
        let kind: String
        let recorded_on: String
        let effective_on: String
        let new_deadline: String?
        /// For `explanation_requested`: the day the answer is due.
        let answer_due: String?
        let percent: Int?
        let note: String
        let unit_id: UUID?
        let actor: String
        let attachments: [AttachmentJSON]

        init(_ e: TaskEventRecord, attachments: [Attachment]) {
            id = e.id!
            kind = e.kind
            recorded_on = e.recordedOn
            effective_on = e.effectiveOn
            new_deadline = e.newDeadline
            answer_due = e.answerDue
            percent = e.percent
            note = e.note
            unit_id = e.unitID
            actor = e.actorName
            self.attachments = attachments.map(AttachmentJSON.init)
        }
    }

    struct TaskDetailJSON: Content {
        let task: TaskJSON
        let coordinating_units: [String]
        let events: [EventJSON]
        /// Steps the caller may take now.
        let actions: [String]
    }

    struct EventBody: Content {
        var action: String?
        var note: String?
        var percent: Int?
        var date: String?
        var new_deadline: String?
        var unit_id: String?
        var version: Int?
        /// With `request_explanation`: the day the answer is due.
        var answer_due: String?
        /// With `multipart/form-data`: the files of the step.
        var files: [File]?
    }

    func boot(routes: RoutesBuilder) throws {
        let tasks = routes.grouped("tasks")
        tasks.get(use: list)
        tasks.get(":taskID", use: show)
        tasks.put(":taskID", "focus", use: setFocus)
        routes.get("attachments", ":attachmentID") { req in
            try await AttachmentsController.send(req.parameters.get("attachmentID", as: UUID.self), req)
        }
        tasks.on(
            .POST, ":taskID", "events", body: .collect(maxSize: ByteCount(value: AttachmentService.maxRequestBytes)),
            use: addEvent
        )
        .acceptsUploads()
    }

    func list(req: Request) async throws -> PageJSON<TaskJSON> {
        let t = req.t
        let paging = try Paging(req, t: t)
        var filter = try req.query.decode(TaskQuery.Filter.self)
        filter.page = paging.page
        let today = CivilDate.today(now: req.now)
        let scope = try await req.accessScope()
        let lookups = try await req.taskQueryLookups()
        let result = try await req.reading { db in
            try await TaskQuery.run(filter, scope: scope, today: today, per: paging.per, lookups: lookups, on: db, t: t)
        }
        let codes = lookups.units?.codes(of: result.page.items.flatMap(\.task.unitIDs)) ?? [:]
        return PageJSON(
            items: result.page.items.map {
                json(
                    $0.task, $0.cancellation == nil ? $0.snapshot : nil, document: result.documents[$0.task.documentID],
                    codes: codes, focus: $0.focus, cancellation: $0.cancellation)
            },
            total: result.page.total, page: result.page.page, per: result.page.per)
    }

    func show(req: Request) async throws -> TaskDetailJSON {
        let task = try await req.visibleTask()
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        let today = CivilDate.today(now: req.now)
        let records = try await TaskFactsLoader.events(for: [task.id!], on: req.db)[task.id!] ?? []
        let facts = TaskFactsLoader.facts(task, events: records)
        let coordinators = try await TaskCoordinator.query(on: req.db).filter(\.$taskID == task.id!).all()
        let codes = try await req.cachedUnits().codes(of: task.unitIDs + coordinators.map(\.unitID))
        let state = TaskLifecycleState(facts: facts, asOf: today)
        let snapshot = TaskStatus.evaluate(facts, asOf: today)
        let document = try await Document.shown([task.documentID], on: req.db)[task.documentID]
        let attachments = try await AttachmentService.list(.taskEvent, ids: records.compactMap(\.id), on: req.db)
        let focus = try await TaskFocusService.focus(of: [task.id!], on: req.db)[task.id!] ?? .none
        let cancellation = TaskQuery.Cancellation.of(facts, records: records, asOf: today)
        let linked = try await LevelTaskLink.find(task: task.id!, on: req.db)
        return TaskDetailJSON(
            task: json(task, snapshot, document: document, codes: codes, focus: focus, cancellation: cancellation),
            coordinating_units: coordinators.compactMap { codes[$0.unitID] }.sorted(),
            events: records.map { EventJSON($0, attachments: attachments[$0.id!] ?? []) },
            actions: TaskAction.available(to: user.userRole, ownsTask: scope.allows(task.leadUnitID), in: state)
                .filter { linked == nil || $0.isAllowedOnLinkedTask(whereThisSideIs: linked!.side) }.map(\.rawValue))
    }

    func addEvent(req: Request) async throws -> Response {
        let task = try await req.visibleTask()
        let body = try req.content.decode(EventBody.self)
        let t = req.t
        guard let action = TaskAction(rawValue: body.action ?? "") else {
            throw ValidationFailure(errors: [
                .init(
                    field: "action",
                    message: t(
                        T.taskActionUnknown,
                        TaskAction.allCases.map(\.rawValue).joined(separator: ", ")))
            ])
        }
        let (input, readErrors) = TaskActionInput.read(
            note: body.note, percent: body.percent.map(String.init), date: body.date, newDeadline: body.new_deadline,
            unitID: body.unit_id, version: body.version.map(String.init), answerDue: body.answer_due, t: t)
        let (files, fileErrors) = AttachmentService.accept(body.files ?? [], t: t)
        try (readErrors + fileErrors).throwIfAny()
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        let (event, rows) = try await AttachmentService.storing(files, in: req.fileStore) { stored in
            try await req.write { db in
                let event = try await TaskActionService.perform(
                    action, on: task, input: input, user: user, scope: scope,
                    files: stored, now: req.now, on: db, t: t)
                let rows = try await AttachmentService.list(.taskEvent, ids: [event.id!], on: db)[event.id!] ?? []
                return (event, rows)
            }
        }
        let response = Response(status: .created)
        try response.content.encode(EventJSON(event, attachments: rows))
        return response
    }

    /// Marks or unmarks a focal task and sets its priority (the office and admins), as the task page does.
    func setFocus(req: Request) async throws -> TaskJSON {
        let task = try await req.visibleTask()
        let body = try req.content.decode(FocusBody.self)
        let t = req.t
        let (focus, errors) = TaskFocusService.read(focal: body.focal == true ? "1" : nil, priority: body.priority, t: t)
        try errors.throwIfAny()
        let user = try req.requireUser()
        _ = try await req.write { db in
            try await TaskFocusService.set(focus, on: task, user: user, now: req.now, on: db, t: t)
        }
        let records = try await TaskFactsLoader.events(for: [task.id!], on: req.db)[task.id!] ?? []
        let snapshot = TaskStatus.evaluate(TaskFactsLoader.facts(task, events: records), asOf: CivilDate.today(now: req.now))
        let document = try await Document.shown([task.documentID], on: req.db)[task.documentID]
        return json(
            task, snapshot, document: document, codes: try await req.cachedUnits().codes(of: task.unitIDs), focus: focus)
    }

    private func json(
        _ task: some TaskFields, _ snapshot: TaskSnapshot?, document: Document?, codes: [UUID: String], focus: TaskFocus = .none,
        cancellation: TaskQuery.Cancellation? = nil
    ) -> TaskJSON {
        var item = TaskJSON(
            id: task.id!, ma: task.ma, document_id: task.documentID, document: document?.notation ?? "",
            content: task.content, assigner: codes[task.assignerID] ?? "", lead_unit: codes[task.leadUnitID] ?? "",
            assigned_on: task.assignedOn, deadline: snapshot?.deadline?.iso ?? task.deadline,
            status: snapshot?.bucket.rawValue ?? "not_counted", completed_on: snapshot?.completedOn?.iso,
            days_late: snapshot?.daysLate, version: task.version)
        item.focal = focus.focal
        item.priority = focus.priority?.rawValue
        if let cancellation {
            item.status = TaskQuery.cancelledStatus
            item.cancelled_on = cancellation.on.iso
            item.cancel_reason = cancellation.reason
        }
        return item
    }
}
