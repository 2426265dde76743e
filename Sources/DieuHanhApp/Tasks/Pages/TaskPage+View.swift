import DieuHanhCore
import Plot
import Vapor

enum TaskPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let title = ctx.t(T.entityTask) + " — " + model.document.notation
        return Layout.response(ctx, title: title, section: .tasks, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let task = model.task
        return [
            .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
            Components.pageHeader(
                String(task.content.prefix(160)) + (task.content.count > 160 ? "…" : ""),
                lead: model.document.notation + " — " + model.document.summary),
            .unwrap(model.snapshot) { Labels.statusTag($0, dueSoon: model.dueSoon, t) },
            Labels.focusTag(model.focus, t),
            .unwrap(model.cancellation) { Labels.cancelledTag($0, t) },
            .if(model.awaitingConfirmation, .span(.class("tag tag-warn"), .text(t(T.taskAwaitingConfirmation)))),
            .dl(
                .class("facts"),
                .dt(.text(t(T.fieldContent))), .dd(.text(task.content)),
                .dt(.text(t(T.fieldDocument))),
                .dd(
                    .a(.href("/documents/\(model.document.id!)"), .text(model.document.notation)),
                    .text(" — " + VNFormat.date(model.document.issuedDate))),
                .dt(.text(t(T.fieldAssigner))), .dd(.text(model.unitNames[task.assignerID] ?? "")),
                .dt(.text(t(T.fieldLeadUnit))),
                .dd(
                    .text(model.unitNames[task.leadUnitID] ?? ""),
                    .unwrap(model.point) { point in
                        .group(
                            .text(" — "),
                            .a(.href("/tasks/points/\(point.id)"), .text(t(T.pointSeeAll, VNFormat.integer(point.units)))))
                    }),
                .dt(.text(t(T.fieldCoordinators))),
                .dd(.text(model.coordinators.map(\.name).joined(separator: "; ").nonEmpty ?? "—")),
                .dt(.text(t(T.fieldLeader))), .dd(.text(model.leaderName ?? "—")),
                .dt(.text(t(T.fieldDomain))), .dd(.text(task.domain ?? "—")),
                .dt(.text(t(T.fieldAssignedOn))), .dd(.text(VNFormat.date(task.assignedDate))),
                .dt(.text(t(T.fieldDeadline))),
                .dd(.text((model.snapshot?.deadline ?? task.deadlineDate).map(VNFormat.date) ?? t(T.noDeadline))),
                .if(
                    !model.remindedOn.isEmpty,
                    .group(
                        .dt(.text(t(T.taskRemindedOn))),
                        .dd(.text(model.remindedOn.map(VNFormat.date).joined(separator: ", "))))),
                .if(!model.urgings.isEmpty, urged(ctx, model.urgings)),
                .if(!model.explanations.isEmpty, explained(ctx, model.explanations)),
                .unwrap(model.linked) { linked in
                    .group(
                        .dt(.text(t(T.levelsTitle))),
                        .dd(.text(t(linked.side == .assignee ? T.levelsFromPeer : T.levelsToPeer, linked.peer))))
                },
                .unwrap(model.requestedDeadline) { asked in
                    .group(.dt(.text(t(T.taskExtensionAsked))), .dd(.text(t(T.taskExtensionAskedUntil, VNFormat.date(asked)))))
                }
            ),
            .if(model.canMarkFocus, TaskFocusForm.view(ctx, taskID: model.task.id!, focus: model.focus)),
            .if(!model.subTasks.isEmpty, subTasks(ctx, model)),
            .section(.h2(.text(t(T.taskTimeline))), timeline(ctx, model)),
            .if(
                !model.actions.isEmpty,
                .section(
                    .h2(.text(t(T.taskActions))),
                    .div(.class("action-forms"), .group(model.actions.map { actionForm(ctx, model, $0) }))
                )),
        ]
    }

    /// Sub-tasks with a roll-up: how many of them are completed as of today.
    private static func subTasks(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let done = model.subTasks.filter { $0.snapshot?.bucket.isCompleted == true }.count
        return .section(
            .h2(.text(t(T.taskSubtasks) + " — " + t(T.taskSubtasksRollUp, String(done), String(model.subTasks.count)))),
            .ul(
                .class("plain"),
                .forEach(model.subTasks) { sub in
                    .li(
                        .a(.href("/tasks/\(sub.task.id!)"), .text(sub.task.content)),
                        .text(" — " + (model.unitNames[sub.task.leadUnitID] ?? "") + " "),
                        .unwrap(sub.snapshot) { Labels.statusTag($0, dueSoon: false, t) })
                })
        )
    }

    /// "Đã đôn đốc 2 lần: Công văn số 12/UBND-TH ngày 01/11/2026, …", each letter a link to its document.
    private static func urged(_ ctx: PageContext, _ urgings: [TaskUrging]) -> Node<HTML.DescriptionListContext> {
        let t = ctx.t
        return .group(
            .dt(.text(t(T.urgingTimelineEvent))),
            .dd(
                .text(t(T.urgingUrgedTimes, String(urgings.count)) + ": "),
                .forEach(Array(urgings.enumerated())) { index, urging in
                    .group(
                        .a(.href("/documents/\(urging.documentID)"), .text(t(T.urgingTimelineLetter, urging.notation))),
                        .text(" ngày " + VNFormat.date(urging.issuedDate) + (index == urgings.count - 1 ? "" : ", ")))
                }))
    }

    /// A step of the task, or an urging letter about it: the timeline shows both in the order they were recorded.
    private enum Entry {
        case event(TaskEventRecord)
        case urging(TaskUrging)
    }

    private static func timeline(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let entries: [Entry] =
            (model.events.enumerated().map { (key: ($0.element.recordedOn, $0.offset), entry: Entry.event($0.element)) }
            + model.urgings.enumerated().map {
                (key: ($0.element.recordedOn, model.events.count + $0.offset), entry: Entry.urging($0.element))
            }).sorted { $0.key < $1.key }.map(\.entry)
        return .ol(
            .class("timeline"),
            .forEach(entries.reversed()) { entry in
                switch entry {
                case .event(let event): eventItem(ctx, model, event)
                case .urging(let urging): urgingItem(ctx, urging)
                }
            }
        )
    }

    private static func urgingItem(_ ctx: PageContext, _ urging: TaskUrging) -> Node<HTML.ListContext> {
        let t = ctx.t
        return .li(
            .strong(.text(t(T.urgingTimelineEvent))),
            .text(" — " + VNFormat.date(urging.issuedDate) + " · "),
            .a(.href("/documents/\(urging.documentID)"), .text(t(T.urgingTimelineLetter, urging.notation))))
    }

    private static func eventItem(_ ctx: PageContext, _ model: Model, _ event: TaskEventRecord) -> Node<HTML.ListContext> {
        let t = ctx.t
        return
            .li(
                .strong(.text(Labels.event(event.kind, t))),
                .text(" — " + VNFormat.date(CivilDate.parse(event.effectiveOn)!)),
                .unwrap(event.newDeadline.flatMap(CivilDate.parse)) { .text(" → " + VNFormat.date($0)) },
                .unwrap(event.percent) { .text(" · \($0)%") },
                .unwrap(event.answerDue.flatMap(CivilDate.parse)) { .text(" · " + t(T.explanationAnswerBy, VNFormat.date($0))) },
                .unwrap(event.unitID.flatMap { model.unitNames[$0] }) { .text(" → " + $0) },
                .if(!event.note.isEmpty, .p(.text(event.note))),
                Components.attachmentList(model.attachments[event.id!] ?? []),
                .p(
                    .class("muted"),
                    .text(
                        Components.recordedBy(
                            VNFormat.date(CivilDate.parse(event.recordedOn)!), actorID: event.actorID,
                            actorName: event.actorName, names: model.actorNames, t)))
            )
    }

    private static func actionForm(_ ctx: PageContext, _ model: Model, _ action: TaskAction) -> BodyNode {
        let t = ctx.t
        let errors = RefusedStep.errors(model.failed, for: action)
        // A refused form comes back with what was typed; a fresh one with its defaults.
        func typed(_ field: String, else fresh: String = "") -> String {
            RefusedStep.value(model.failed, for: action, field, else: fresh)
        }
        let fields: [BodyNode]
        switch action {
        case .reportProgress:
            fields = [
                Components.textField(
                    .init(
                        name: "percent", label: t(T.fieldPercent), value: typed("percent"), type: "number",
                        error: errors.message(for: "percent"), form: action.rawValue))
            ]
        case .requestExtension, .approveExtension:
            fields = [
                Components.textField(
                    .init(
                        name: "new_deadline", label: t(T.fieldNewDeadline),
                        value: typed(
                            "new_deadline",
                            else: action == .approveExtension ? model.requestedDeadline.map(VNFormat.date) ?? "" : ""),
                        required: action == .requestExtension, hint: t(T.dateHint), inputMode: "numeric",
                        error: errors.message(for: "new_deadline"), form: action.rawValue))
            ]
        case .reportCompletion:
            fields = [
                Components.textField(
                    .init(
                        name: "date", label: t(T.fieldCompletionDate), value: typed("date", else: VNFormat.date(ctx.today)),
                        required: true,
                        hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "date"), form: action.rawValue))
            ]
        case .reassign:
            fields = [
                Components.selectField(
                    .init(
                        name: "unit_id", label: t(T.fieldNewLeadUnit), value: typed("unit_id"), required: true,
                        error: errors.message(for: "unit_id"), form: action.rawValue),
                    options: [(value: "", label: "—")] + model.openUnits.map { (value: $0.id!.uuidString, label: $0.name) })
            ]
        case .delegate:
            fields = [
                Components.selectField(
                    .init(
                        name: "unit_id", label: t(T.fieldSubUnit), value: typed("unit_id"), required: true,
                        error: errors.message(for: "unit_id"),
                        form: action.rawValue),
                    options: [(value: "", label: "—")] + model.subUnits.map { (value: $0.id!.uuidString, label: $0.name) }),
                Components.textField(
                    .init(
                        name: "new_deadline", label: t(T.fieldDeadline), value: typed("new_deadline"),
                        hint: t(T.taskDelegateDeadlineHint),
                        error: errors.message(for: "new_deadline"), form: action.rawValue)),
            ]
        case .requestExplanation:
            fields = [
                Components.textField(
                    .init(
                        name: "answer_due", label: t(T.fieldAnswerDue), value: typed("answer_due"), required: true,
                        hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "answer_due"),
                        form: action.rawValue))
            ]
        case .refuseExtension, .confirmCompletion, .returnCompletion, .cancel, .explain:
            fields = []
        }
        let danger = action == .cancel || action == .returnCompletion || action == .refuseExtension
        return Components.form(
            .class("action-form"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/tasks/\(model.task.id!)/actions/\(action.rawValue)"),
            .attribute(named: "enctype", value: "multipart/form-data"),
            .attribute(named: "novalidate", value: "novalidate"),
            .h3(.text(Labels.action(action, t))),
            Components.errorSummary(errors, t, form: action.rawValue),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(model.task.version))),
            .group(fields),
            .if(
                action != .confirmCompletion,
                Components.textArea(
                    name: "note", label: noteLabel(action, t), value: typed("note"), required: action.requiresNote,
                    error: errors.message(for: "note"), form: action.rawValue)),
            .if(
                action.takesAttachments,
                Components.fileField(
                    id: "files-\(action.rawValue)", label: t(T.fieldAttachments),
                    hint: t(T.attachmentHint), error: errors.message(for: "files"))),
            .button(.class(danger ? "button danger" : "button primary"), .type(.submit), .text(Labels.action(action, t)))
        )
    }
}

extension TaskAction {
    /// Steps that carry documents: progress and completion reports, extension requests and decisions, returns, an
    /// explanation asked (the leader's letter) and given.
    var takesAttachments: Bool {
        switch self {
        case .reportProgress, .requestExtension, .approveExtension, .refuseExtension, .reportCompletion, .returnCompletion,
            .requestExplanation, .explain:
            true
        case .confirmCompletion, .reassign, .cancel, .delegate: false
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension TaskPage {
    /// The note says what is asked, or the explanation itself; every other step's is just "Ghi chú".
    static func noteLabel(_ action: TaskAction, _ t: Localizer) -> String {
        switch action {
        case .requestExplanation: t(T.explanationAskedNote)
        case .explain: t(T.explanationAnswerNote)
        default: t(T.fieldNote)
        }
    }

    /// "Giải trình: Đã giải trình ngày 20/11/2026; Đang chờ đơn vị giải trình, hạn 30/11/2026" — the latest last.
    static func explained(_ ctx: PageContext, _ explanations: [TaskExplanation]) -> Node<HTML.DescriptionListContext> {
        let t = ctx.t
        return .group(
            .dt(.text(t(T.explanationTitle))),
            .dd(
                .forEach(explanations) { explanation in
                    let due = explanation.answerDue.map(VNFormat.date) ?? "—"
                    if let answer = explanation.answer {
                        return .div(.text(t(T.explanationAnswered, VNFormat.date(CivilDate.parse(answer.recordedOn)!))))
                    }
                    return explanation.isLate(asOf: ctx.today)
                        ? .div(.span(.class("tag tag-bad"), .text(t(T.explanationWaitingLate, due))))
                        : .div(.span(.class("tag tag-warn"), .text(t(T.explanationWaiting, due))))
                }))
    }
}
