import DieuHanhCore
import Plot
import Vapor

/// `/programme/items/{id}`: an item, its status today, its history, and the steps the user's role allows.
enum ProgrammeItemPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(
            ctx, title: ctx.t(T.programmeItemEntity) + " — " + String(model.item.title.prefix(80)),
            section: .programme, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let item = model.item
        let s = model.snapshot
        var origin = ProgrammeLabels.origin(item.itemOrigin, t)
        if let added = item.addedDate { origin += " — " + t(T.programmeAddedOnText, VNFormat.date(added)) }
        let programmeText =
            (model.programme?.title ?? t(T.programmeYearTitle, String(item.year)))
            + (model.programme?.decisionText.map { " (" + $0 + ")" } ?? "")
        return [
            .p(
                .class("breadcrumb"),
                .a(.href("/programme?year=\(item.year)"), .text(t(T.programmeYearTitle, String(item.year)))),
                .text(" › "),
                .a(
                    .href("/programme?year=\(item.year)#thang-\(item.plannedMonth)"),
                    .text(t(T.programmeMonthHeading, String(item.plannedMonthValue.month), String(item.year))))),
            Components.pageHeader(
                item.title,
                lead: ProgrammeLabels.kind(item.itemKind, t) + " · "
                    + t(T.programmeSubmitTo, ProgrammeLabels.body(item.itemBody, t)),
                actions: model.canEdit ? [Components.linkButton(t(T.actionEdit), href: "/programme/items/\(item.id!)/edit")] : []),
            .unwrap(s) { ProgrammeLabels.statusTag($0.status, snapshot: $0, t) },
            .dl(
                .class("facts"),
                .dt(.text(t(T.programmeFieldTitle))), .dd(.text(item.title)),
                .dt(.text(t(T.fieldKind))), .dd(.text(ProgrammeLabels.kind(item.itemKind, t))),
                .dt(.text(t(T.programmeFieldProgramme))), .dd(.text(programmeText)),
                .dt(.text(t(T.fieldLeadUnit))), .dd(.text(model.unitNames[item.leadUnitID] ?? "")),
                .dt(.text(t(T.fieldLeader))), .dd(.text(model.leaderName ?? "—")),
                .dt(.text(t(T.programmeFieldBody))), .dd(.text(ProgrammeLabels.body(item.itemBody, t))),
                .dt(.text(t(T.programmeFieldMonth))), .dd(.text(item.plannedMonthValue.label)),
                .if(
                    s.map { $0.plannedMonth.iso != item.plannedMonth } ?? false,
                    .group(
                        .dt(.text(t(T.programmeFieldCurrentMonth))), .dd(.text(s?.plannedMonth.label ?? "")))),
                .dt(.text(t(T.programmeFieldOrigin))), .dd(.text(origin)),
                .unwrap(s?.submittedOn) {
                    .group(
                        .dt(.text(t(T.programmeFieldSubmittedOn))),
                        .dd(.text(VNFormat.date($0) + (s?.submittedLate == true ? " — " + t(T.programmeLateNote) : ""))))
                },
                .unwrap(s?.issuedOn) { .group(.dt(.text(t(T.programmeFieldIssuedOn))), .dd(.text(VNFormat.date($0)))) },
                .if(!(item.ma ?? "").isEmpty, .group(.dt(.text(t(T.fieldCode))), .dd(.text(item.ma ?? "")))),
                .if(!item.note.isEmpty, .group(.dt(.text(t(T.programmeFieldNote))), .dd(.text(item.note))))
            ),
            .section(.h2(.text(t(T.programmeHistory))), timeline(ctx, model)),
            .if(
                !model.actions.isEmpty,
                .section(
                    .h2(.text(t(T.taskActions))),
                    .div(.class("action-forms"), .group(model.actions.map { actionForm(ctx, model, $0) }))
                )),
        ]
    }

    private static func timeline(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let item = model.item
        var entered =
            ProgrammeLabels.origin(item.itemOrigin, t) + " — " + t(T.programmeFieldMonth) + " " + item.plannedMonthValue.label
        if let added = item.addedDate { entered += " — " + t(T.programmeAddedOnText, VNFormat.date(added)) }
        return .ol(
            .class("timeline"),
            .forEach(model.events.reversed()) { event in
                .li(
                    .strong(.text(ProgrammeLabels.event(event.kind, t))),
                    .text(" — " + (CivilDate.parse(event.effectiveOn).map(VNFormat.date) ?? event.effectiveOn)),
                    .unwrap(event.newMonth.flatMap(CivilMonth.parse)) { .text(" → " + t(T.programmeMonthShort, $0.label)) },
                    .if(!event.document.isEmpty, .p(.text(t(T.programmeFieldDocument) + ": " + event.document))),
                    .if(!event.note.isEmpty, .p(.text(event.note))),
                    .p(
                        .class("muted"),
                        .text(
                            Components.recordedBy(
                                CivilDate.parse(event.recordedOn).map(VNFormat.date) ?? "", actorID: event.actorID,
                                actorName: event.actorName, names: model.actorNames, t)))
                )
            },
            .li(.strong(.text(t(T.programmeEntered))), .text(" — " + entered))
        )
    }

    private static func actionForm(_ ctx: PageContext, _ model: Model, _ action: ProgrammeAction) -> BodyNode {
        let t = ctx.t
        let errors = RefusedStep.errors(model.failed, for: action)
        let id = action.rawValue
        // A refused form comes back with what was typed; a fresh one with its defaults.
        func typed(_ field: String, else fresh: String = "") -> String {
            RefusedStep.value(model.failed, for: action, field, else: fresh)
        }
        var fields: [BodyNode] = []
        switch action {
        case .submit:
            fields = [
                Components.textField(
                    .init(
                        name: "date", label: t(T.programmeFieldSubmittedOn), value: typed("date", else: VNFormat.date(ctx.today)),
                        hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "date"), form: id))
            ]
        case .issue:
            fields = [
                Components.textField(
                    .init(
                        name: "date", label: t(T.programmeFieldIssuedOn), value: typed("date", else: VNFormat.date(ctx.today)),
                        hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "date"), form: id)),
                Components.textField(
                    .init(
                        name: "document", label: t(T.programmeFieldDocument), value: typed("document"), required: true,
                        hint: t(T.programmeDocumentHint), error: errors.message(for: "document"), form: id)),
            ]
        case .requestPostponement, .approvePostponement:
            let suggested = action == .approvePostponement ? (model.snapshot?.requestedMonth?.label ?? "") : ""
            fields = [
                Components.textField(
                    .init(
                        name: "month", label: t(T.programmeFieldNewMonth), value: typed("month", else: suggested),
                        hint: t(T.programmeMonthHint), error: errors.message(for: "month"), form: id))
            ]
        case .refusePostponement, .requestWithdrawal, .approveWithdrawal, .refuseWithdrawal:
            break
        }
        let reasons: Set<ProgrammeAction> = [.requestPostponement, .requestWithdrawal, .refusePostponement, .refuseWithdrawal]
        let noteLabel = reasons.contains(action) ? t(T.programmeFieldReason) : t(T.programmeFieldNote)
        let danger = action == .approveWithdrawal || action == .refusePostponement || action == .refuseWithdrawal
        return Components.form(
            .class("action-form"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/programme/items/\(model.item.id!)/actions/\(id)"),
            .attribute(named: "novalidate", value: "novalidate"),
            .h3(.text(ProgrammeLabels.action(action, t))),
            Components.errorSummary(errors, t, form: id),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(model.item.version))),
            .group(fields),
            Components.textArea(
                name: "note", label: noteLabel, value: typed("note"), error: errors.message(for: "note"), form: id),
            .button(.class(danger ? "button danger" : "button primary"), .type(.submit), .text(ProgrammeLabels.action(action, t)))
        )
    }
}
