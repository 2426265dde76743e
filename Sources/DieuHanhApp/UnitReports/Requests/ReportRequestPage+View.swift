import DieuHanhCore
import Plot
import Vapor

/// `/reports/requests/{id}`: the request, and who has sent what — a status grid with colour and words, the two
/// rates, the consolidation ZIP and the reminder button for the office.
enum ReportRequestPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: model.request.title, section: .reports, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let r = model.request
        var actions: [BodyNode] = []
        if !model.isUnitOfficer {
            actions.append(
                Components.linkButton(
                    t(T.reportDownloadZip), href: "/reports/requests/\(r.id!)/submissions.zip",
                    primary: true))
        }
        if model.canManage && (model.counts.missing + model.counts.notYetDue) > 0 {
            actions.append(
                Components.postButton(
                    ctx, label: t(T.reportRemindNow), action: "/reports/requests/\(r.id!)/remind",
                    confirm: t(T.reportRemindConfirm, VNFormat.integer(model.counts.missing + model.counts.notYetDue))))
        }
        return [
            .p(
                .class("breadcrumb"),
                .a(.href("/reports/requests"), .text(model.isUnitOfficer ? t(T.reportsMineTitle) : t(T.reportRequestsTitle)))),
            Components.pageHeader(
                r.title,
                lead: [
                    r.notation.map { t(T.reportDocumentLead, $0) }, Labels.reportKind(r.kind, t),
                    r.periodLabel.nonEmpty,
                ].compactMap { $0 }.joined(separator: " · "), actions: actions),
            .unwrap(model.level) { level in
                .p(
                    .class("notice"),
                    .text(t(level.side == .assignee ? T.levelReportFromPeer : T.levelReportToPeer, level.peer)))
            },
            facts(ctx, model),
            .if(
                !r.outline.isEmpty,
                .section(
                    .h2(.text(t(T.reportFieldOutline))),
                    .div(
                        .class("card"),
                        .group(
                            r.outline.split(separator: "\n", omittingEmptySubsequences: true)
                                .map { .p(.text(String($0))) })))),
            .if(!model.forms.isEmpty, .section(.h2(.text(t(T.reportForms))), Components.attachmentList(model.forms))),
            .section(
                .h2(.text(model.isUnitOfficer ? t(T.reportYourStatus) : t(T.reportGridTitle))),
                .if(!model.isUnitOfficer, .p(.class("muted"), .text(t(T.reportGridLead, VNFormat.date(ctx.today))))),
                .if(
                    !model.isUnitOfficer,
                    ReportSummary.chips(
                        model.counts, link: { link(model, status: $0?.rawValue) },
                        current: model.status, t)),
                .if(!model.isUnitOfficer, ReportSummary.rates(model.counts, t)),
                .if(!model.isUnitOfficer && model.counts.expected > 12, search(ctx, model)),
                grid(ctx, model)
            ),
            .if(model.canManage, .p(.class("muted"), .text(model.mailing ? t(T.reportRemindMailOn) : t(T.reportRemindMailOff)))),
        ]
    }

    private static func facts(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let r = model.request
        let today = ctx.today
        let deadline = r.deadlineDate
        let left =
            deadline >= today
            ? t(T.reportDaysLeft, VNFormat.integer(today.days(to: deadline)))
            : t(T.reportDaysPast, VNFormat.integer(deadline.days(to: today)))
        return .dl(
            .class("facts"),
            .dt(.text(t(T.reportFieldKind))), .dd(.text(Labels.reportKind(r.kind, t))),
            .unwrap(r.notation) { notation in
                .group(
                    .dt(.text(t(T.reportFieldNotation))),
                    .dd(.text(notation + (r.documentDate.flatMap(CivilDate.parse).map { " — " + VNFormat.date($0) } ?? ""))))
            },
            .unwrap(model.regime) { regime in
                .group(
                    .dt(.text(t(T.regimeTitleSingular))), .dd(.a(.href("/reports/regimes/\(regime.id!)"), .text(regime.title))))
            },
            .dt(.text(t(T.reportFieldPeriod))), .dd(.text(r.periodLabel.nonEmpty ?? "—")),
            .unwrap(r.windowFrom.flatMap(CivilDate.parse)) { from in
                .group(
                    .dt(.text(t(T.reportFieldWindow))),
                    .dd(.text(VNFormat.date(from) + " – " + (r.cutOffDate.map(VNFormat.date) ?? ""))))
            },
            .dt(.text(t(T.reportFieldCutOff))), .dd(.text(r.cutOffDate.map(VNFormat.date) ?? "—")),
            .dt(.text(t(T.reportFieldIssuedOn))), .dd(.text(VNFormat.date(r.issuedDate))),
            .dt(.text(t(T.reportFieldDeadline))), .dd(.strong(.text(VNFormat.date(deadline))), .text(" (" + left + ")")),
            .dt(.text(t(T.reportFieldRequester))), .dd(.text(model.requesterName)),
            .dt(.text(t(T.reportFieldRecipients))),
            .dd(.text(model.recipientsLabel + " — " + t(T.reportUnitsCount, VNFormat.integer(model.counts.expected))))
        )
    }

    static func link(_ model: Model, status: String?, page: Int? = nil) -> String {
        let items = [("status", status ?? ""), ("q", model.q ?? ""), ("page", page.map(String.init) ?? "")].filter {
            !$0.1.isEmpty
        }
        return "/reports/requests/\(model.request.id!)"
            + (items.isEmpty
                ? ""
                : "?"
                    + items.map { "\($0.0)=\($0.1.urlQueryEscaped)" }
                    .joined(separator: "&")) + "#grid"
    }

    private static func search(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"),
            .attribute(named: "action", value: "/reports/requests/\(model.request.id!)"),
            .attribute(named: "role", value: "search"),
            Components.textField(
                .init(name: "q", label: t(T.reportFindUnit), value: model.q ?? "", type: "search", hint: t(T.searchHint))),
            .if(!(model.status ?? "").isEmpty, .input(.type(.hidden), .name("status"), .value(model.status ?? ""))),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    private static func grid(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        if model.rows.isEmpty {
            return Components.emptyState(
                title: t(T.searchNoResults), text: t(T.reportGridNoMatch),
                action: Components.linkButton(t(T.reportClearFilters), href: link(model, status: nil)))
        }
        let first = PageWindow(page: model.page, per: model.per).offset
        return .group(
            .div(
                .class("table-wrap"), .keyboardScrollable, .id("grid"),
                .table(
                    .class("data"),
                    .thead(
                        .tr(
                            .th(.class("num"), .text(t(T.reportColNumber))),
                            .th(.text(t(T.fieldUnit) + " — " + t(T.fieldStatus))),
                            .th(.text(t(T.reportColSentOn))), .th(.text(t(T.reportColReport))),
                            .th(.text(t(T.reportColReminders))))),
                    .tbody(
                        .forEach(Array(model.rows.enumerated())) { i, status in
                            let unit = model.units[status.unitID]
                            let version = status.status?.isSubmitted == true ? status.version : nil
                            let files = version.flatMap { model.files[$0.id!] } ?? []
                            let reminders = model.reminders[status.unitID] ?? []
                            return .tr(
                                .class(status.status == .missing ? "row-overdue" : status.dueSoon ? "row-due-soon" : ""),
                                .td(.class("num"), .text(String(first + i + 1))),
                                .td(
                                    .a(
                                        .href("/reports/requests/\(model.request.id!)/units/\(status.unitID)"),
                                        .text(unit?.name ?? "—")),
                                    .span(.class("muted"), .text(" " + (unit?.code ?? ""))),
                                    .div(Labels.reportStatusTag(status.snapshot, dueSoon: status.dueSoon, t))),
                                .td(.text(status.snapshot?.submittedOn.map(VNFormat.date) ?? "—")),
                                .td(
                                    version == nil
                                        ? .text("—")
                                        : .group(
                                            Components.attachmentList(files),
                                            .if(
                                                !(version?.text ?? "").isEmpty,
                                                .p(
                                                    .class("muted"),
                                                    .text(t(T.reportHasText, VNFormat.integer(version?.text.count ?? 0)))))
                                        )),
                                .td(
                                    .text(
                                        reminders.isEmpty
                                            ? "—"
                                            : t(
                                                T.reportRemindersCount, VNFormat.integer(reminders.count),
                                                VNFormat.dateTime(reminders.map(\.recordedAt).max()!))))
                            )
                        })
                )),
            Components.pager(
                t, page: model.page, per: model.per, total: model.total, path: "/reports/requests/\(model.request.id!)",
                query: [("status", model.status ?? ""), ("q", model.q ?? "")])
        )
    }
}
